"""Extra checks on the peer certificate after the handshake (device agent, v2 and v3)."""
import base64
import hashlib
import hmac
import socket
import ssl

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization

AGENT_HOST = "devices.contoso.example"
PINNED_LEAF = "leaf-2025.sha256"  # loaded at start-up from the bundle
ALLOWED_FINGERPRINTS = {"primary", "backup"}  # replaced by the build with real digests
EXPECTED_ISSUER_ORG = "Contoso Device Services"


def _handshake(host):
    ctx = ssl.create_default_context()
    sock = socket.create_connection((host, 443))
    return ctx.wrap_socket(sock, server_hostname=host)


def check_leaf_digest(host, expected):
    with _handshake(host) as tls:
        der = tls.getpeercert(binary_form=True)
        if hashlib.sha256(der).hexdigest() != expected:  # pinscan-expect: PIN111
            raise ssl.SSLError("unexpected server certificate")


def check_leaf_inline(host):
    with _handshake(host) as tls:
        return PINNED_LEAF == hashlib.sha256(tls.getpeercert(True)).hexdigest()  # pinscan-expect: PIN111


def check_allow_list(host):
    with _handshake(host) as tls:
        fingerprint = hashlib.sha1(tls.getpeercert(binary_form=True)).hexdigest().upper()
        if fingerprint not in ALLOWED_FINGERPRINTS:  # pinscan-expect: PIN111
            tls.close()
            raise ConnectionError("server not in allow list")
        return tls


def check_constant_time(host, pin):
    with _handshake(host) as tls:
        peer_digest = hashlib.sha256(tls.getpeercert(binary_form=True)).digest()
        return hmac.compare_digest(peer_digest, pin)  # pinscan-expect: PIN111


def check_spki(host, spki_pin):
    with _handshake(host) as tls:
        cert = x509.load_der_x509_certificate(tls.getpeercert(binary_form=True))
        spki = cert.public_key().public_bytes(
            serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
        )
        if base64.b64encode(hashlib.sha256(spki).digest()).decode() != spki_pin:  # pinscan-expect: PIN111
            raise ssl.SSLError("server key changed")


def check_cryptography_fingerprint(host, expected):
    with _handshake(host) as tls:
        cert = x509.load_der_x509_certificate(tls.getpeercert(binary_form=True))
        assert cert.fingerprint(hashes.SHA256()).hex() == expected, "pin mismatch"  # pinscan-expect: PIN111


def check_issuer(host):
    with _handshake(host) as tls:
        cert = tls.getpeercert()
        issuer = dict(rdn[0] for rdn in cert["issuer"])
        if issuer.get("organizationName") != EXPECTED_ISSUER_ORG:  # pinscan-expect: PIN111
            raise ssl.SSLError("unexpected issuer")


def check_issuer_tuple(host, expected_issuer):
    with _handshake(host) as tls:
        return tls.getpeercert()["issuer"] == expected_issuer  # pinscan-expect: PIN111


# --- not pinning ------------------------------------------------------------------------

def download_ok(body, expected_sha256):
    # Integrity of a downloaded firmware image, not of a TLS peer.
    return hashlib.sha256(body).hexdigest() == expected_sha256  # pinscan-negative: PIN111


def has_certificate(host):
    with _handshake(host) as tls:
        der = tls.getpeercert(binary_form=True)
        if der is None:  # pinscan-negative: PIN111
            return False
        return len(der) > 0  # pinscan-negative: PIN111


def host_matches(host):
    with _handshake(host) as tls:
        subject = dict(rdn[0] for rdn in tls.getpeercert()["subject"])
        return subject.get("commonName") == host  # pinscan-negative: PIN111


def expires_soon(host, deadline):
    with _handshake(host) as tls:
        cert = x509.load_der_x509_certificate(tls.getpeercert(binary_form=True))
        return cert.not_valid_after_utc < deadline  # pinscan-negative: PIN111


def check_key_pair(cert, raw_key):
    # A certificate and the private key loaded for it must belong together: not a pin.
    private_key = load_pem_private_key(raw_key, password=None)
    if cert.public_key() != private_key.public_key():  # pinscan-negative: PIN111
        raise ValueError("the key does not belong to the certificate")


def verify_signed_tag(fingerprint, gpg_allowlist):
    # Commit signatures, not TLS: a GPG key fingerprint against an allow-list.
    if fingerprint not in gpg_allowlist:  # pinscan-negative: PIN111
        raise ValueError("unknown signer")
