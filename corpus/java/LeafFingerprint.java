package com.example.tls;

import java.security.MessageDigest;
import java.security.cert.X509Certificate;

final class LeafFingerprint {
    // SHA-1 fingerprint of the server certificate.
    private static final byte[] EXPECTED = {(byte) 0x87, (byte) 0xA0, (byte) 0xC5, (byte) 0xE7, (byte) 0x9B, (byte) 0x6A, (byte) 0xFC, (byte) 0x14, (byte) 0xC3, (byte) 0xEF, (byte) 0x1B, (byte) 0xC3, (byte) 0x9D, (byte) 0xC1, (byte) 0xB5, (byte) 0x6F, (byte) 0xCE, (byte) 0x55, (byte) 0x61, (byte) 0x43}; // pinscan-expect: PIN102@warning

    static boolean matches(X509Certificate cert) throws Exception {
        return MessageDigest.isEqual(MessageDigest.getInstance("SHA-1").digest(cert.getEncoded()), EXPECTED); // pinscan-expect: PIN342
    }
}
