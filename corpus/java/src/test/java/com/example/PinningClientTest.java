package com.example;

import okhttp3.CertificatePinner;

/** Test code: pins here are demoted to notes. */
class PinningClientTest {
    static final CertificatePinner PINNER = new CertificatePinner.Builder()
            .add("localhost", "sha256/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=") // pinscan-expect: PIN110@note, PIN101@note
            .build();
}
