"""Database settings for the fulfilment service."""
import os

import psycopg

PG_HOST = os.environ.get("PG_HOST", "contoso-fulfilment.postgres.database.azure.com")

# libpq key/value DSN: verify the server against the Azure root.
DSN = (
    f"host={PG_HOST} port=5432 dbname=fulfilment user=fulfilment_svc "
    "sslmode=verify-full sslrootcert=/srv/fulfilment/certs/DigiCertGlobalRootG2.crt.pem"  # pinscan-expect: PIN306[DigiCert Global Root G2]@warning
)

# Read replica goes through the system store (libpq 16+).
REPLICA_DSN = f"host=replica-{PG_HOST} dbname=fulfilment sslmode=verify-full sslrootcert=system"  # pinscan-negative: PIN320

SQLALCHEMY_URL = "postgresql+psycopg://fulfilment_svc@contoso-fulfilment.postgres.database.azure.com/fulfilment?sslmode=allow"  # pinscan-expect: PIN504@warning


def connect():
    return psycopg.connect(DSN, connect_timeout=10)
