package com.contoso.tls;

import java.security.MessageDigest;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.List;

/** A library's pinning trust manager: it compares with the fingerprints it is given. */
final class PinningTrustManager {

    private final List<byte[]> fingerprints;

    PinningTrustManager(List<byte[]> fingerprints) {
        this.fingerprints = fingerprints;
    }

    void checkServerTrusted(X509Certificate[] chain) throws Exception {
        byte[] fingerprint = MessageDigest.getInstance("SHA-256").digest(chain[0].getEncoded());
        for (byte[] allowed : fingerprints) {
            if (Arrays.equals(fingerprint, allowed)) { // pinscan-expect: PIN111@note
                return;
            }
        }
        throw new CertificateException("unknown server");
    }
}

/** The ledger client pins its own list, written here. */
final class LedgerTrustManager {

    private static final List<byte[]> LEDGER_PINS = List.of(
            MessageDigest.getInstance("SHA-256").digest("ledger".getBytes()));

    void checkServerTrusted(X509Certificate[] chain) throws Exception {
        byte[] fingerprint = MessageDigest.getInstance("SHA-256").digest(chain[0].getEncoded());
        for (byte[] allowed : LEDGER_PINS) {
            if (Arrays.equals(fingerprint, allowed)) { // pinscan-expect: PIN111@warning
                return;
            }
        }
        throw new CertificateException("not the ledger");
    }
}
