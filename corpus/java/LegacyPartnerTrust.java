package com.contoso.partners.edi;

import java.math.BigInteger;
import java.security.MessageDigest;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.Set;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

/** Trust decisions for the EDI partners that still run their own certificate authority. */
final class LegacyPartnerTrust {

    private LegacyPartnerTrust() {}

    /** Partner A: accepted when the chain was issued by their CA, matched by its name. */
    static X509TrustManager issuerNameCheck(Set<String> allowedIssuers) {
        return new X509TrustManager() {
            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
                String issuer = chain[0].getIssuerX500Principal().getName();
                if (!allowedIssuers.contains(issuer)) { // pinscan-expect: PIN111
                    throw new CertificateException("untrusted partner issuer: " + issuer);
                }
            }

            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
                throw new CertificateException("client authentication is not used");
            }

            @Override
            public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[0];
            }
        };
    }

    /** Partner B: accepted by the serial number of the partner's issuing certificate. */
    static final class SerialTrustManager implements X509TrustManager {
        private final BigInteger expected;

        SerialTrustManager(BigInteger expected) {
            this.expected = expected;
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType)
                throws CertificateException {
            for (X509Certificate cert : chain) {
                if (cert.getSerialNumber().equals(expected)) { // pinscan-expect: PIN111
                    return;
                }
            }
            throw new CertificateException("no certificate with the expected serial in the chain");
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) {
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }

    /** Partner C: the leaf certificate itself, compared by its SHA-256 digest. */
    static SSLContext leafDigestContext(byte[] expectedDigest) throws Exception {
        TrustManager pinned = new X509TrustManager() {
            public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
                byte[] actual;
                try {
                    actual = MessageDigest.getInstance("SHA-256").digest(chain[0].getEncoded());
                } catch (java.security.GeneralSecurityException e) {
                    throw new CertificateException(e);
                }
                if (!Arrays.equals(actual, expectedDigest)) { // pinscan-expect: PIN111
                    throw new CertificateException("leaf digest mismatch");
                }
            }

            public void checkClientTrusted(X509Certificate[] chain, String authType) {}

            public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[0];
            }
        };
        SSLContext ctx = SSLContext.getInstance("TLSv1.2"); // pinscan-negative: PIN502
        ctx.init(null, new TrustManager[] {pinned}, null);
        return ctx;
    }
}
