//! Known-answer tests for the content-addressed store: the store names every blob by
//! its SHA-256, so the hashing path must agree with the published FIPS 180 vectors.

use hex_literal::hex;
use hmac::{Hmac, Mac};
use sha1::Sha1;
use sha2::{Digest, Sha256, Sha512};

use crate::store::{blob_id, BlobId};

const SHA256_ABC: [u8; 32] =
    hex!("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
const SHA256_EMPTY: &str = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
const SHA1_ABC: &str = "a9993e364706816aba3e25717850c26c9cd0d89d";

#[test]
fn sha256_abc() {
    let got = Sha256::digest(b"abc");
    assert_eq!(got[..], SHA256_ABC[..]);
}

#[test]
fn sha256_two_blocks() {
    let got = Sha256::digest(b"abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq");
    assert_eq!(
        hex::encode(got),
        "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"
    );
}

#[test]
fn sha1_abc() {
    assert_eq!(hex::encode(Sha1::digest(b"abc")), SHA1_ABC);
}

#[test]
fn sha512_abc() {
    let want = hex!(
        "ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a"
        "2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f"
    );
    assert_eq!(Sha512::digest(b"abc")[..], want[..]);
}

#[test]
fn hmac_sha256_rfc4231_case_1() {
    let mut mac = Hmac::<Sha256>::new_from_slice(&[0x0b; 20]).unwrap();
    mac.update(b"Hi There");
    mac.verify_slice(&hex!(
        "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7"
    ))
    .unwrap();
}

#[test]
fn hmac_sha256_rfc4231_case_2() {
    let mut mac = Hmac::<Sha256>::new_from_slice(b"Jefe").unwrap();
    mac.update(b"what do ya want for nothing?");
    assert_eq!(
        hex::encode(mac.finalize().into_bytes()),
        "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"
    );
}

#[test]
fn empty_blob_has_the_well_known_id() {
    let id: BlobId = blob_id(&[]);
    assert_eq!(id.to_string(), format!("sha256:{SHA256_EMPTY}"));
}

#[test]
fn blob_id_display_is_stable() {
    // Fixture committed in tests/fixtures/hello.txt ("hello\n").
    let id = blob_id(b"hello\n");
    assert_eq!(
        id.to_string(),
        "sha256:5891b5b522d5df086d0ff0b110fbd9d21bb4fc7163af34d08286a2e846f6be03"
    );
}
