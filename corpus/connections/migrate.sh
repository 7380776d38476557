#!/usr/bin/env bash
# Runs schema migrations and a pre-deploy backup against the Azure databases.
set -euo pipefail

CERT_DIR="${CERT_DIR:-/opt/migrate/certs}"
MYSQL_HOST="contoso-shop.mysql.database.azure.com"
PG_HOST="contoso-orders.postgres.database.azure.com"

# Backup first.
mysqldump --single-transaction --ssl-ca "$CERT_DIR/DigiCertGlobalRootCA.crt.pem" -h "$MYSQL_HOST" -u backup shop > shop.sql # pinscan-expect: PIN321[DigiCert Global Root CA]

mysql --host="$MYSQL_HOST" --user=migrate --ssl-mode=VERIFY_IDENTITY --ssl-ca=/etc/ssl/private-ca.pem shop < migrations/shop.sql # pinscan-expect: PIN321@warning
mysql --host="$MYSQL_HOST" --user=migrate --ssl-mode=VERIFY_IDENTITY shop -e 'SELECT 1' # pinscan-negative: PIN321, PIN504

psql "host=$PG_HOST port=5432 dbname=orders user=migrate sslmode=verify-full sslrootcert=$CERT_DIR/DigiCertGlobalRootG2.crt.pem" -f migrations/orders.sql # pinscan-expect: PIN320[DigiCert Global Root G2]@warning
psql "host=$PG_HOST dbname=orders user=migrate sslmode=verify-full" -c 'SELECT 1' # pinscan-negative: PIN320

# Quick TLS checks used while debugging the root rotation.
openssl s_client -connect "$PG_HOST:5432" -starttls postgres -CAfile "$CERT_DIR/MicrosoftRSARootCertificateAuthority2017.crt" </dev/null # pinscan-expect: PIN325[Microsoft RSA Root Certificate Authority 2017]@warning
wget -q --ca-certificate=/etc/ssl/private-ca.pem -O /dev/null https://artifacts.corp.contoso.com/migrate/latest # pinscan-expect: PIN325@warning
curl --fail --silent https://contoso-orders.azurewebsites.net/healthz # pinscan-negative: PIN325

# Old fallback that disables TLS entirely; kept for the on-call runbook.
mysql -h contoso-shop.mysql.database.azure.com -u migrate --ssl-mode=DISABLED shop -e 'SELECT 1' # pinscan-expect: PIN504@warning
mysql -h contoso-shop.mysql.database.azure.com -u migrate --skip-ssl-verify-server-cert shop -e 'SELECT 1' # pinscan-expect: PIN505@warning
