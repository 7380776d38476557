"""SSL contexts for the telemetry uplink and the internal broker."""
import socket
import ssl
from ssl import PROTOCOL_TLS_CLIENT, SSLContext
from ssl import create_default_context as make_context

import certifi
from OpenSSL import SSL

UPLINK_HOST = "telemetry.contoso.example"
UPLINK_ROOT = "certs/DigiCertGlobalRootG2.crt.pem"
BROKER_CA_DIR = "/opt/broker/ca.d"


def uplink_context():
    # Imported under another name: still create_default_context(cafile=...).
    return make_context(cafile=UPLINK_ROOT)  # pinscan-expect: PIN301[DigiCert Global Root G2]


def context_for(cafile=None):
    # Forwards the caller's option (None: the system store).
    return ssl.create_default_context(cafile=cafile)  # pinscan-negative: PIN301


def telemetry_context():
    return context_for(cafile="certs/DigiCertGlobalRootG2.crt.pem")  # pinscan-expect: PIN301[DigiCert Global Root G2]


def uplink_capath():
    return ssl.create_default_context(ssl.Purpose.SERVER_AUTH, capath=BROKER_CA_DIR)  # pinscan-expect: PIN301


def uplink_cadata(pem):
    context = ssl.create_default_context(  # pinscan-expect: PIN301
        cadata=pem,  # the PEM text of our private root
    )
    return context


class Uplink:
    def __init__(self, root=UPLINK_ROOT):
        self._ctx = SSLContext(PROTOCOL_TLS_CLIENT)
        self._ctx.minimum_version = ssl.TLSVersion.TLSv1_2
        self._ctx.load_verify_locations(cafile=root)  # pinscan-expect: PIN306[DigiCert Global Root G2]

    def connect(self):
        raw = socket.create_connection((UPLINK_HOST, 8883))
        return self._ctx.wrap_socket(raw, server_hostname=UPLINK_HOST)


def broker_context(ca_file=None):
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    ctx.check_hostname = True
    if ca_file:
        # The caller's optional CA file (default None): a pass-through, not a pin.
        ctx.load_verify_locations(ca_file)  # pinscan-negative: PIN306
    else:
        ctx.load_verify_locations(capath=BROKER_CA_DIR)  # pinscan-expect: PIN306
    return ctx


def broker_pinned_root():
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    try:
        ctx.load_verify_locations("certs/MicrosoftRSARootCertificateAuthority2017.crt")  # pinscan-expect: PIN306[Microsoft RSA Root Certificate Authority 2017]
    except FileNotFoundError:
        raise SystemExit("missing broker root")
    return ctx


def pyopenssl_context():
    ctx = SSL.Context(SSL.TLS_CLIENT_METHOD)
    ctx.set_verify(SSL.VERIFY_PEER)
    ctx.load_verify_locations(b"certs/DigiCertGlobalRootG2.crt.pem")  # pinscan-expect: PIN306[DigiCert Global Root G2]
    return ctx


# --- not pinning ------------------------------------------------------------------------

def extended_default_store():
    # create_default_context() already holds the system roots; this adds one more.
    ctx = ssl.create_default_context()
    ctx.load_verify_locations(cafile="certs/corp-root.pem")  # pinscan-negative: PIN306
    return ctx


def bare_context_with_defaults():
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    ctx.load_default_certs()
    ctx.load_verify_locations("certs/corp-root.pem")  # pinscan-negative: PIN306
    return ctx


def bare_context_certifi():
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    ctx.load_verify_locations(certifi.where())  # pinscan-negative: PIN306
    return ctx


def server_context(client_ca):
    # A server verifying its clients' certificates: narrowing is the point (a note, PIN352).
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.verify_mode = ssl.CERT_REQUIRED  # pinscan-negative: PIN501
    ctx.load_verify_locations(cafile=client_ca)  # pinscan-negative: PIN306 pinscan-expect: PIN352@note
    return ctx


def server_default_context(client_ca):
    return ssl.create_default_context(ssl.Purpose.CLIENT_AUTH, cafile=client_ca)  # pinscan-negative: PIN301 pinscan-expect: PIN352@note


def default_contexts():
    a = ssl.create_default_context()  # pinscan-negative: PIN301
    b = make_context(cafile=certifi.where())  # pinscan-negative: PIN301
    c = ssl.create_default_context(capath="/etc/ssl/certs")  # pinscan-negative: PIN301
    d = ssl.create_default_context(cafile=ssl.get_default_verify_paths().cafile)  # pinscan-negative: PIN301
    return a, b, c, d
