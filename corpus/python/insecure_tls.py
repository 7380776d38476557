"""Ways the scripts in ops/ switched certificate checks off, and the fixed versions."""
import os
import socket
import ssl
import urllib.request
from ssl import CERT_NONE, CERT_REQUIRED

import jwt
import paho.mqtt.client as mqtt
import pymongo
import redis
import urllib3
from elasticsearch import Elasticsearch
from OpenSSL import SSL


def raw_socket(host):
    ctx = ssl.create_default_context()
    ctx.check_hostname = False  # pinscan-expect: PIN501
    ctx.verify_mode = ssl.CERT_NONE  # pinscan-expect: PIN501
    return ctx.wrap_socket(socket.create_connection((host, 443)), server_hostname=host)


def imported_constant():
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    ctx.check_hostname = False  # pinscan-expect: PIN501
    ctx.verify_mode = CERT_NONE  # pinscan-expect: PIN501
    return ctx


def legacy_wrap(sock):
    return ssl.wrap_socket(sock, cert_reqs=ssl.CERT_NONE)  # pinscan-expect: PIN501


def unverified_urlopen(url):
    return urllib.request.urlopen(url, context=ssl._create_unverified_context())  # pinscan-expect: PIN501


# The classic snippet that turns verification off for every urllib call in the process.
try:
    _create_unverified_https_context = ssl._create_unverified_context
except AttributeError:
    pass
else:
    ssl._create_default_https_context = _create_unverified_https_context  # pinscan-expect: PIN501


def pool_manager():
    return urllib3.PoolManager(cert_reqs="CERT_NONE", assert_hostname=False)  # pinscan-expect: PIN501, PIN501


def redis_client():
    return redis.Redis(host="cache.contoso.example", port=6380, ssl=True, ssl_cert_reqs="none")  # pinscan-expect: PIN501


def mongo_client(uri):
    return pymongo.MongoClient(uri, tls=True, tlsAllowInvalidCertificates=True)  # pinscan-expect: PIN501


def search_client():
    return Elasticsearch("https://search.contoso.example:9200", verify_certs=False)  # pinscan-expect: PIN501


def mqtt_client():
    client = mqtt.Client()
    client.tls_set(cert_reqs=ssl.CERT_NONE)  # pinscan-expect: PIN501
    client.tls_insecure_set(True)  # pinscan-expect: PIN501
    return client


def pyopenssl_accept_all():
    ctx = SSL.Context(SSL.TLS_CLIENT_METHOD)
    ctx.set_verify(SSL.VERIFY_PEER, lambda conn, cert, errno, depth, ok: True)  # pinscan-expect: PIN501
    return ctx


def pyopenssl_verify_none():
    ctx = SSL.Context(SSL.TLS_CLIENT_METHOD)
    ctx.set_verify(SSL.VERIFY_NONE)  # pinscan-expect: PIN501
    return ctx


def no_https_verify():
    os.environ["PYTHONHTTPSVERIFY"] = "0"  # pinscan-expect: PIN501


# --- verification on --------------------------------------------------------------------

def strict_socket(host):
    ctx = ssl.create_default_context()
    ctx.check_hostname = True  # pinscan-negative: PIN501
    ctx.verify_mode = ssl.CERT_REQUIRED  # pinscan-negative: PIN501
    if ctx.verify_mode == ssl.CERT_NONE:  # pinscan-negative: PIN501
        raise RuntimeError("verification must stay on")
    return ctx


def strict_clients():
    a = urllib3.PoolManager(cert_reqs=CERT_REQUIRED)  # pinscan-negative: PIN501
    b = redis.Redis(host="cache.contoso.example", ssl=True, ssl_cert_reqs="required")  # pinscan-negative: PIN501
    c = Elasticsearch("https://search.contoso.example:9200", verify_certs=True)  # pinscan-negative: PIN501
    return a, b, c


def pyopenssl_strict():
    ctx = SSL.Context(SSL.TLS_CLIENT_METHOD)
    ctx.set_verify(SSL.VERIFY_PEER | SSL.VERIFY_FAIL_IF_NO_PEER_CERT, lambda conn, cert, errno, depth, ok: ok)  # pinscan-negative: PIN501
    return ctx


def token_claims(token):
    # PyJWT 1.x: skips the token signature check, not TLS.
    return jwt.decode(token, verify=False)  # pinscan-negative: PIN501


def quiet_logs():
    urllib3.disable_warnings()  # pinscan-negative: PIN501


# A TLS library's translation tables map one name of a setting onto another; they choose
# nothing for a connection.
_to_openssl_verify = {
    ssl.CERT_NONE: SSL.VERIFY_NONE,  # pinscan-negative: PIN501
    ssl.CERT_REQUIRED: SSL.VERIFY_PEER | SSL.VERIFY_FAIL_IF_NO_PEER_CERT,
}
_to_openssl_method = {ssl.PROTOCOL_TLSv1: SSL.TLSv1_METHOD}  # pinscan-negative: PIN502
_to_openssl_method[ssl.PROTOCOL_TLSv1_1] = SSL.TLSv1_1_METHOD  # pinscan-negative: PIN502


# A dispatcher's verify=False checks a function signature, not a certificate.
@array_function_dispatch(_unary_dispatcher, verify=False, module="contoso")  # pinscan-negative: PIN501
def clip_rounded(values, out=None):
    return values
