"""Accept the partner API only when its chain ends at the agreed root.

The root is recognised by its subject DN, compared as text with what
cryptography's Name.rfc4514_string() returns.
"""
import socket
import ssl

from cryptography import x509

# Issuer/subject of the root CA (RFC 4514, the comma inside "DigiCert, Inc." is escaped).
TRUSTED_ROOT_SUBJECT = r"CN=DigiCert TLS RSA4096 Root G5,O=DigiCert\, Inc.,C=US"  # pinscan-expect: PIN104[DigiCert TLS RSA4096 Root G5]


def root_subject(host: str, port: int = 443) -> str:
    ctx = ssl.create_default_context()
    with socket.create_connection((host, port), timeout=10) as sock:
        with ctx.wrap_socket(sock, server_hostname=host) as tls:
            top = tls.get_verified_chain()[-1]
    return x509.load_der_x509_certificate(top).subject.rfc4514_string()


def ensure_partner_root(host: str) -> None:
    subject = root_subject(host)
    if subject != TRUSTED_ROOT_SUBJECT:
        raise ssl.SSLCertVerificationError(f"{host} chains to {subject!r}")
