"""Connections to Azure Database for MySQL flexible server, with the drivers we use."""
import os

import aiomysql
import certifi
import MySQLdb
import mysql.connector
import pymysql
import sqlalchemy

MYSQL_HOST = "orders-db.mysql.database.azure.com"
# Downloaded from the Azure portal in 2019. The server has since moved to DigiCert Global Root G2.
MYSQL_CA = "/app/certs/BaltimoreCyberTrustRoot.crt.pem"


def pymysql_conn(user, password):
    return pymysql.connect(
        host=MYSQL_HOST,
        user=user,
        password=password,
        database="orders",
        ssl={"ca": MYSQL_CA},  # pinscan-expect: PIN306[Baltimore CyberTrust Root]@error
    )


def pymysql_ssl_ca(user, password):
    # PyMySQL's flat spelling.
    return pymysql.connect(host=MYSQL_HOST, user=user, password=password, ssl_ca="certs/DigiCertGlobalRootG2.crt.pem")  # pinscan-expect: PIN306[DigiCert Global Root G2]


def connector_conn(user, password):
    cnx = mysql.connector.connect(
        user=user,
        password=password,
        host=MYSQL_HOST,
        ssl_ca=os.path.join("certs", "DigiCertGlobalRootG2.crt.pem"),  # pinscan-expect: PIN306[DigiCert Global Root G2]
        ssl_verify_cert=True,
    )
    return cnx


def connector_from_config(user, password):
    config = {
        "user": user,
        "password": password,
        "host": MYSQL_HOST,
        "database": "orders",
        "ssl_ca": "certs/MicrosoftRSARootCertificateAuthority2017.crt.pem",  # pinscan-expect: PIN306[Microsoft RSA Root Certificate Authority 2017]
        "ssl_disabled": False,
    }
    return mysql.connector.connect(**config)


def mysqlclient_conn(user, password):
    return MySQLdb.connect(
        host=MYSQL_HOST, user=user, passwd=password, db="orders",
        ssl={'ca': '/etc/mysql/ssl/DigiCertGlobalRootCA.crt.pem'},  # pinscan-expect: PIN306[DigiCert Global Root CA]
    )


def mysqlclient_dict(user, password):
    return MySQLdb.connect(host=MYSQL_HOST, user=user, passwd=password, ssl=dict(ca=MYSQL_CA))  # pinscan-expect: PIN306[Baltimore CyberTrust Root]@error


# Built once, reused by every engine.
SSL_ARGS = {
    "ca": "certs/DigiCertGlobalRootG2.crt.pem",  # pinscan-expect: PIN306[DigiCert Global Root G2]
}


def engine(url):
    return sqlalchemy.create_engine(
        url,
        pool_pre_ping=True,
        connect_args={"ssl": {"ca": "/app/certs/DigiCertGlobalRootG2.crt.pem"}},  # pinscan-expect: PIN306[DigiCert Global Root G2]
    )


def engine_prebuilt(url):
    return sqlalchemy.create_engine(url, connect_args={"ssl": SSL_ARGS})


def ssl_options_incrementally():
    ssl_opts = {"check_hostname": True}
    ssl_opts["ca"] = MYSQL_CA  # pinscan-expect: PIN306[Baltimore CyberTrust Root]@error
    return ssl_opts


# Django settings fragment.
DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.mysql",
        "HOST": MYSQL_HOST,
        "OPTIONS": {
            "ssl": {"ca": "/app/certs/DigiCertGlobalRootG2.crt.pem"},  # pinscan-expect: PIN306[DigiCert Global Root G2]
        },
    },
}


# --- not pinning ------------------------------------------------------------------------

def system_roots(user, password):
    a = pymysql.connect(host=MYSQL_HOST, user=user, password=password, ssl={"ca": certifi.where()})  # pinscan-negative: PIN306
    b = mysql.connector.connect(host=MYSQL_HOST, user=user, password=password, ssl_ca=None, ssl_verify_identity=True)  # pinscan-negative: PIN306, PIN501
    c = pymysql.connect(host=MYSQL_HOST, user=user, password=password, ssl={"ca": "/etc/ssl/certs/ca-certificates.crt"})  # pinscan-negative: PIN306
    return a, b, c


def country_names():
    # A dict with a "ca" key that has nothing to do with TLS.
    labels = {"ca": "Canada", "us": "United States"}  # pinscan-negative: PIN306
    return labels


async def aiomysql_pool(user, password, ctx):
    # The context is built (and reported) elsewhere.
    return await aiomysql.create_pool(host=MYSQL_HOST, user=user, password=password, ssl=ctx)  # pinscan-negative: PIN306


# --- verification switched off ----------------------------------------------------------

def connector_no_verify(user, password):
    return mysql.connector.connect(host=MYSQL_HOST, user=user, password=password, ssl_verify_cert=False)  # pinscan-expect: PIN501


def pymysql_no_identity(user, password):
    return pymysql.connect(host=MYSQL_HOST, user=user, password=password, ssl={"check_hostname": False})  # pinscan-expect: PIN501
