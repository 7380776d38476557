"""Clients for an Azure Database for PostgreSQL server, good and bad."""
import ssl

import certifi
from ssl import create_default_context

CA_FILE = "certs/DigiCertGlobalRootG2.crt.pem"


def narrow():
    return ssl.create_default_context(cafile="certs/BaltimoreCyberTrustRoot.crt.pem")  # pinscan-expect: PIN301[Baltimore CyberTrust Root]@error


def narrow_multiline():
    ctx = ssl.create_default_context(  # pinscan-expect: PIN301[DigiCert Global Root G2]
        ssl.Purpose.SERVER_AUTH,
        cafile=CA_FILE,
    )
    return ctx


def narrow_cadata(pem_text):
    return create_default_context(cadata=pem_text)  # pinscan-expect: PIN301


def system_store():
    # The platform store or certifi's full bundle is not pinning.
    a = ssl.create_default_context()  # pinscan-negative: PIN301
    b = ssl.create_default_context(cafile=certifi.where())  # pinscan-negative: PIN301
    c = ssl.create_default_context(cafile=None)  # pinscan-negative: PIN301
    return a, b, c


def unrelated(cafile):
    # A function that merely has a parameter called cafile.
    return open(cafile).read()
