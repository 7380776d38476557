# Negative for the folder lookup: this service has no certs/ of its own. The two
# certs/db-root.pem of its sibling services are not above this file, and by file name
# alone the path is ambiguous, so the finding names no CA.
import psycopg2


def connect(password):
    return psycopg2.connect(
        host="reports.postgres.database.azure.com",
        dbname="reports",
        user="app",
        password=password,
        sslmode="verify-full",
        sslrootcert="certs/db-root.pem",  # pinscan-expect: PIN306
    )
