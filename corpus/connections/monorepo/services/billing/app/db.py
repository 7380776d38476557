# A service of a monorepo: it runs from its own folder (services/billing/), so the CA file
# path is relative to that folder, not to this file or the repository root. Each service
# has its own certs/db-root.pem; the nearest folder above this file that holds the path wins.
import psycopg2


def connect(password):
    return psycopg2.connect(
        host="billing.postgres.database.azure.com",
        dbname="billing",
        user="app",
        password=password,
        sslmode="verify-full",
        sslrootcert="certs/db-root.pem",  # pinscan-expect: PIN306[DigiCert Global Root G2]
    )
