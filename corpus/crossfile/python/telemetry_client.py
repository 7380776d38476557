"""A client that takes its CA file from a module constant defined in tlsconfig.py."""
import ssl

import tlsconfig
from tlsconfig import LEGACY_CA


def open_context():
    return ssl.create_default_context(cafile=tlsconfig.CA_BUNDLE)  # pinscan-expect: PIN301[DigiCert Global Root G2]


def open_legacy_context():
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    ctx.load_verify_locations(LEGACY_CA)  # pinscan-expect: PIN306[Baltimore CyberTrust Root]@error
    return ctx


def wrap(cafile=None, capath=None):
    # A wrapper's parameters are its caller's choice: a default of None is not a pin.
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    ctx.load_verify_locations(cafile, capath)  # pinscan-negative: PIN306
    return ctx


def wrap_required(cafile):
    return ssl.create_default_context(cafile=cafile)  # pinscan-negative: PIN301


def connect_with_default(root="certs/DigiCertGlobalRootG2.crt.pem"):
    # A literal default is what the function trusts when the caller passes nothing.
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    ctx.load_verify_locations(root)  # pinscan-expect: PIN306[DigiCert Global Root G2]
    return ctx


def commented_out_path():
    crtpath = "certs/DigiCertGlobalRootG2.crt.pem"
    # crtpath = "certs/BaltimoreCyberTrustRoot.crt.pem"
    ctx = ssl.create_default_context(cafile=crtpath)  # pinscan-expect: PIN301[DigiCert Global Root G2]
    return ctx
