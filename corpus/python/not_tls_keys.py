"""Keys and hashes that are not TLS pins."""

# Mirror layout: blobs live under a sha256/ prefix.
ARTIFACT_PATH = "mirror/sha256/3f786850e387550f/blob"  # pinscan-negative: PIN101


# Response cache: fingerprint of the last body we served (an ETag).
CACHE_FINGERPRINT = "sx4UgoNp3qcrNBWvCG2zk+1M8QY="  # pinscan-negative: PIN106


# Verifies the signature of our JWT access tokens; nothing to do with TLS.
JWT_PUBLIC_KEY = """-----BEGIN PUBLIC KEY-----  # pinscan-negative: PIN204
MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAElpkq0kQTiqUUEY+TLXMC0znSuGq9
hyNJbJHk/u6mqPPj4yo35dpo+qB7CVU4fYgxhYWau8Uy2J3kTg38t9AlpQ==
-----END PUBLIC KEY-----"""


# Modulus of the JWT signing key (RS256), published in our JWKS.
JWKS_MODULUS = "8fb09663d0dbac2daeda71406b612175ec81f1da44c764f362837f3c0a0dffc65eb4547eeffb53e16a06291531b505df0f02bb199010fc8aac2de1aeaec8b95981aee8ad39490e402a7c33c6916eb8a6a4db72254356c1bf7feff8db10ebd7c0675197490d6ef4550b7432cf95d5fce133910ba9bd13701bf93e62b8fa7c3892d2c4b34a09685871bd228473689acdc44ec75c302471bf2e9a86df1ede56636cdd637be8815e3defce06ef8c380822b40494ac80ce70c399e775513e381a853527914f64b49b5c7d7d0cec4ab232b9fa391ba387668c04b42f567bfa2c873aafeb3ee450657bbea226cc1bc0397e0e8b2a4821bbeb472f782f3620cca67a0f62"  # pinscan-negative: PIN108


def key_body(pem_text):
    # Strips the armour of a token-signing key: the header literals are not a key.
    body = pem_text.replace("-----BEGIN PUBLIC KEY-----\n", "")  # pinscan-negative: PIN204
    return body.replace("-----END PUBLIC KEY-----", "").strip()
