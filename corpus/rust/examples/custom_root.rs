//! An example program: how to trust a private root. Reported as a note.
use rustls::{ClientConfig, RootCertStore};
use rustls_pki_types::CertificateDer;

fn main() {
    let ca = CertificateDer::from(std::fs::read("ca.der").expect("read the CA"));
    let mut roots = RootCertStore::empty();
    roots.add(ca).unwrap(); // pinscan-expect: PIN303@note
    let _config = ClientConfig::builder()
        .with_root_certificates(roots)
        .with_no_client_auth();
}
