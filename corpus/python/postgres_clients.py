"""Azure Database for PostgreSQL clients: psycopg2, psycopg 3, asyncpg, SQLAlchemy."""
import ssl

import asyncpg
import psycopg
import psycopg2

PG_HOST = "billing.postgres.database.azure.com"
ROOT_CERT = "/home/app/.postgresql/BaltimoreCyberTrustRoot.crt.pem"


def psycopg2_kwargs(password):
    return psycopg2.connect(
        host=PG_HOST,
        dbname="billing",
        user="billing_app",
        password=password,
        sslmode="verify-full",
        sslrootcert=ROOT_CERT,  # pinscan-expect: PIN306[Baltimore CyberTrust Root]@error
    )


def psycopg2_dsn(password):
    dsn = f"host={PG_HOST} dbname=billing user=billing_app password={password} sslmode=verify-full sslrootcert=certs/DigiCertGlobalRootG2.crt.pem"  # pinscan-expect: PIN306[DigiCert Global Root G2]
    return psycopg2.connect(dsn)


def psycopg3_conninfo(password):
    return psycopg.connect(
        "host=billing.postgres.database.azure.com dbname=billing "
        "sslmode=verify-ca sslrootcert=/certs/DigiCertGlobalRootCA.crt.pem",  # pinscan-expect: PIN306[DigiCert Global Root CA]
        password=password,
    )


SQLALCHEMY_URL = "postgresql+psycopg2://billing_app@billing.postgres.database.azure.com/billing?sslmode=verify-full&sslrootcert=certs/DigiCertGlobalRootG2.crt.pem"  # pinscan-expect: PIN306[DigiCert Global Root G2]


async def asyncpg_with_context(password):
    ctx = ssl.create_default_context(cafile="certs/DigiCertGlobalRootG2.crt.pem")  # pinscan-expect: PIN301[DigiCert Global Root G2]
    return await asyncpg.connect(host=PG_HOST, user="billing_app", password=password, ssl=ctx)


async def asyncpg_bare_context(password):
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    ctx.load_verify_locations(ROOT_CERT)  # pinscan-expect: PIN306[Baltimore CyberTrust Root]@error
    ctx.check_hostname = True
    pool = await asyncpg.create_pool(host=PG_HOST, user="billing_app", password=password, ssl=ctx)
    return pool


async def asyncpg_dsn(password):
    return await asyncpg.connect(f"postgresql://billing_app:{password}@{PG_HOST}/billing?sslmode=verify-full&sslrootcert=/certs/root.crt")  # pinscan-expect: PIN306


DJANGO_DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "HOST": PG_HOST,
        "OPTIONS": {"sslmode": "verify-full", "sslrootcert": "/app/DigiCertGlobalRootG2.crt.pem"},  # pinscan-expect: PIN306[DigiCert Global Root G2]
    }
}


# --- not pinning ------------------------------------------------------------------------

def system_store(password):
    # libpq 16+: sslrootcert=system uses the operating system's trust store.
    a = psycopg.connect(f"host={PG_HOST} dbname=billing sslmode=verify-full sslrootcert=system", password=password)  # pinscan-negative: PIN306
    b = psycopg2.connect(host=PG_HOST, dbname="billing", sslmode="verify-full", sslrootcert="system", password=password)  # pinscan-negative: PIN306
    c = psycopg2.connect(host=PG_HOST, dbname="billing", sslmode="require", password=password)  # pinscan-negative: PIN306, PIN501
    return a, b, c


async def asyncpg_default(password):
    ctx = ssl.create_default_context()
    ctx.load_verify_locations(cafile="certs/internal-proxy-ca.pem")  # pinscan-negative: PIN306
    return await asyncpg.connect(host=PG_HOST, password=password, ssl=ctx)  # pinscan-negative: PIN306


def documentation():
    """Connect with "sslmode=verify-full sslrootcert=<path>"; see docs/postgres.md."""  # pinscan-negative: PIN306


def forward(dsn, sslrootcert=None):
    # Forwards the caller's option; the caller decides what to trust.
    return psycopg2.connect(dsn, sslrootcert=sslrootcert)  # pinscan-negative: PIN306
