"""Old TLS settings found in the device gateway, and what replaced them."""
import ssl

import mysql.connector
from OpenSSL import SSL


def gateway_v1():
    return ssl.SSLContext(ssl.PROTOCOL_TLSv1)  # pinscan-expect: PIN502


def gateway_v11(sock):
    return ssl.wrap_socket(sock, ssl_version=ssl.PROTOCOL_TLSv1_1)  # pinscan-expect: PIN502


def capped_context():
    ctx = ssl.create_default_context()
    ctx.maximum_version = ssl.TLSVersion.TLSv1_1  # pinscan-expect: PIN502
    return ctx


def permissive_minimum():
    ctx = ssl.create_default_context()
    ctx.minimum_version = ssl.TLSVersion.TLSv1  # pinscan-expect: PIN502
    return ctx


def pyopenssl_legacy():
    return SSL.Context(SSL.TLSv1_METHOD)  # pinscan-expect: PIN502


def reporting_db(user, password):
    return mysql.connector.connect(
        host="reports.mysql.database.azure.com",
        user=user,
        password=password,
        tls_versions=["TLSv1", "TLSv1.1"],  # pinscan-expect: PIN502
    )


LEGACY_GATEWAY = {"host": "gw-old.contoso.example", "tls_version": "TLSv1.1"}  # pinscan-expect: PIN502


def make_context(protocol=ssl.PROTOCOL_TLSv1):  # pinscan-expect: PIN502
    return ssl.SSLContext(protocol)


# --- current settings -------------------------------------------------------------------

def gateway_v2():
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)  # pinscan-negative: PIN502
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2  # pinscan-negative: PIN502
    ctx.maximum_version = ssl.TLSVersion.TLSv1_3  # pinscan-negative: PIN502
    ctx.options |= ssl.OP_NO_TLSv1 | ssl.OP_NO_TLSv1_1  # pinscan-negative: PIN502
    return ctx


def negotiate():
    a = ssl.SSLContext(ssl.PROTOCOL_TLS)  # pinscan-negative: PIN502
    b = ssl.SSLContext(ssl.PROTOCOL_SSLv23)  # pinscan-negative: PIN502
    c = SSL.Context(SSL.TLS_CLIENT_METHOD)  # pinscan-negative: PIN502
    return a, b, c


def audit(ctx):
    if ctx.minimum_version < ssl.TLSVersion.TLSv1_2 or ctx.minimum_version == ssl.TLSVersion.TLSv1:  # pinscan-negative: PIN502
        raise ValueError("TLS 1.2 or later required")


def reporting_db_modern(user, password):
    return mysql.connector.connect(host="reports.mysql.database.azure.com", user=user, password=password, tls_versions=["TLSv1.2", "TLSv1.3"])  # pinscan-negative: PIN502
