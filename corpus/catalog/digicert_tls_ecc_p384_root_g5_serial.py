"""Extra issuer check for the document-signing service (ECC endpoints).

After the normal verification, the top of the presented chain must be the root we signed
the contract for; it is recognised by its serial number.
"""
import socket
import ssl

from cryptography import x509

# Root we accept: serial number as openssl x509 -serial prints it.
EXPECTED_ROOT_SERIAL = 0x09E09365ACF7D9C8B93E1C0B042A2EF3  # pinscan-expect: PIN103[DigiCert TLS ECC P384 Root G5]


def top_of_chain(host: str, port: int = 443) -> x509.Certificate:
    ctx = ssl.create_default_context()
    with socket.create_connection((host, port)) as sock:
        with ctx.wrap_socket(sock, server_hostname=host) as tls:
            chain = tls.get_verified_chain()  # Python 3.13+
            return x509.load_der_x509_certificate(chain[-1])


def check(host: str) -> None:
    root = top_of_chain(host)
    if root.serial_number != EXPECTED_ROOT_SERIAL:
        raise ssl.SSLError(f"{host}: unexpected root serial {root.serial_number:x}")
