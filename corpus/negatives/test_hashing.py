"""Known-answer tests for ``contoso_common.hashing``.

Vectors are the standard ones from FIPS 180-2 appendix B, RFC 2202 and RFC 4231, so a
regression in the streaming wrapper shows up as a mismatch against published values.
"""

import hashlib
import hmac

import pytest

from contoso_common.hashing import StreamingDigest, format_digest, hmac_hex

FIPS_180_VECTORS = [
    # (algorithm, message, expected hex digest)
    ("sha1", b"abc", "a9993e364706816aba3e25717850c26c9cd0d89d"),
    ("sha1", b"", "da39a3ee5e6b4b0d3255bfef95601890afd80709"),
    (
        "sha1",
        b"abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
        "84983e441c3bd26ebaae4aa1f95129e5e54670f1",
    ),
    ("sha256", b"abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
    ("sha256", b"", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
    (
        "sha256",
        b"abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
        "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1",
    ),
    (
        "sha384",
        b"abc",
        "cb00753f45a35e8bb5a03d699ac65007272c32ab0eded1631a8b605a43ff5bed"
        "8086072ba1e7cc2358baeca134c825a7",
    ),
    (
        "sha512",
        b"abc",
        "ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a"
        "2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f",
    ),
    ("md5", b"abc", "900150983cd24fb0d6963f7d28e17f72"),
    ("sha3_256", b"abc", "3a985da74fe225b2045c172d6bd390bd855f086e3e9d525b46bfe24511431532"),
]


@pytest.mark.parametrize("algorithm,message,expected", FIPS_180_VECTORS)
def test_known_answers(algorithm, message, expected):
    assert hashlib.new(algorithm, message).hexdigest() == expected
    d = StreamingDigest(algorithm)
    for i in range(0, len(message), 3):
        d.update(message[i : i + 3])
    assert d.hexdigest() == expected


def test_million_a_sha1_is_streamed():
    d = StreamingDigest("sha1")
    for _ in range(1000):
        d.update(b"a" * 1000)
    assert d.hexdigest() == "34aa973cd4c4daa4f61eeb2bdbad27316534016f"


def test_quick_brown_fox():
    fox = b"The quick brown fox jumps over the lazy dog"
    assert hashlib.sha1(fox).hexdigest() == "2fd4e1c67a2d28fced849ee1bb76e7391b93eb12"
    assert hashlib.sha256(fox).hexdigest() == (
        "d7a8fbb307d7809469ca9abcb0082e4f8d5651e46d3cdb762d02d0bf37c9e592"
    )


# RFC 2202 (HMAC-SHA1) and RFC 4231 (HMAC-SHA256), test cases 1 and 2.
HMAC_VECTORS = [
    ("sha1", b"\x0b" * 20, b"Hi There", "b617318655057264e28bc0b6fb378c8ef146be00"),
    ("sha1", b"Jefe", b"what do ya want for nothing?", "effcdf6ae5eb2fa2d27416d5f184df9c259a7c79"),
    (
        "sha256",
        b"\x0b" * 20,
        b"Hi There",
        "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7",
    ),
    (
        "sha256",
        b"Jefe",
        b"what do ya want for nothing?",
        "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843",
    ),
]


@pytest.mark.parametrize("algorithm,key,data,expected", HMAC_VECTORS)
def test_hmac_vectors(algorithm, key, data, expected):
    assert hmac_hex(algorithm, key, data) == expected
    assert hmac.new(key, data, algorithm).hexdigest() == expected


def test_format_digest_colon_separated_upper():
    # The CLI prints digests the way `openssl dgst -c` does, for humans comparing by eye.
    digest = hashlib.sha1(b"abc").digest()
    assert format_digest(digest) == "A9:99:3E:36:47:06:81:6A:BA:3E:25:71:78:50:C2:6C:9C:D0:D8:9D"


def test_format_digest_sha256_of_empty_input():
    digest = hashlib.sha256(b"").digest()
    assert format_digest(digest, sep="") == (
        "E3B0C44298FC1C149AFBF4C8996FB92427AE41E4649B934CA495991B7852B855"
    )
