import hashlib
import ssl
import socket

EXPECTED_FINGERPRINT = "a8985d3a65e5e5c4b2d7d66d40c6dd2fb19c5436"  # pinscan-expect: PIN102[DigiCert Global Root CA]
# SHA-256 fingerprint of the server certificate we pin:
PINNED = "4348A0E9444C78CB265E058D5E8944B4D84F9662BD26DB257F8934A443C70161"  # pinscan-expect: PIN102[DigiCert Global Root CA]


def check(host):
    with socket.create_connection((host, 443)) as sock:
        ctx = ssl.create_default_context()
        with ctx.wrap_socket(sock, server_hostname=host) as tls:
            der = tls.getpeercert(binary_form=True)
            return hashlib.sha1(der).hexdigest() == EXPECTED_FINGERPRINT  # pinscan-expect: PIN111


# Not pins: a git commit pinned in a requirements comment and a checksum.
VENDORED_COMMIT = "9fceb02d0ae598e95dc970b74767f19372d61af8"  # pinned to git commit  # pinscan-negative: PIN102, PIN401
ARCHIVE_CHECKSUM = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"  # pinscan-negative: PIN102
