"""Audit job: flags storage endpoints whose certificate was not issued by the approved CA."""
import socket
import ssl

from cryptography import x509

STORAGE_HOSTS = ["contosologs.blob.core.windows.net", "contosologs.queue.core.windows.net"]

# cryptography exposes serial_number as an int; this is the approved issuing CA's serial.
APPROVED_ISSUER_SERIAL = 1137338005289250392174609349020777724701048863  # pinscan-expect: PIN103[Microsoft Azure TLS Issuing CA 05]


def issuing_ca(host: str) -> x509.Certificate:
    ctx = ssl.create_default_context()
    with socket.create_connection((host, 443), timeout=10) as sock:
        with ctx.wrap_socket(sock, server_hostname=host) as tls:
            chain = tls.get_verified_chain()
    return x509.load_der_x509_certificate(chain[1])


def audit() -> list[str]:
    return [h for h in STORAGE_HOSTS if issuing_ca(h).serial_number != APPROVED_ISSUER_SERIAL]
