package com.contoso.payments.net;

import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.List;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

/**
 * Accepts the payment gateway only when its leaf key is one of the keys shipped with the app.
 * The expected keys come from app configuration (base64 SubjectPublicKeyInfo hashes).
 */
public final class PinnedKeyTrustManager implements X509TrustManager {

    private final X509TrustManager platform;
    private final List<String> expectedKeyHashes;

    public PinnedKeyTrustManager(List<String> expectedKeyHashes) throws Exception {
        this.expectedKeyHashes = List.copyOf(expectedKeyHashes);
        this.platform = defaultTrustManager();
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType)
            throws CertificateException {
        platform.checkServerTrusted(chain, authType);
        PublicKey leafKey = chain[0].getPublicKey();
        String actual = base64Sha256(leafKey.getEncoded());
        if (!expectedKeyHashes.contains(actual)) { // pinscan-expect: PIN111
            throw new CertificateException("gateway key " + actual + " is not in the configured set");
        }
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        platform.checkClientTrusted(chain, authType);
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
        return platform.getAcceptedIssuers();
    }

    private static String base64Sha256(byte[] data) throws CertificateException {
        try {
            return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new CertificateException(e);
        }
    }

    static X509TrustManager defaultTrustManager() throws Exception {
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init((KeyStore) null); // pinscan-negative: PIN305
        for (TrustManager tm : tmf.getTrustManagers()) {
            if (tm instanceof X509TrustManager x509) {
                return x509;
            }
        }
        throw new IllegalStateException("no X509TrustManager in the platform factory");
    }

    /** Logs the peer and then lets the platform decide: neither a pin nor trust-all. */
    static final class AuditingTrustManager implements X509TrustManager {
        private final X509TrustManager delegate;

        AuditingTrustManager(X509TrustManager delegate) {
            this.delegate = delegate;
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException { // pinscan-negative: PIN111, PIN501
            System.err.println("TLS peer chain length " + chain.length + ", auth " + authType);
            delegate.checkServerTrusted(chain, authType);
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            delegate.checkClientTrusted(chain, authType);
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return delegate.getAcceptedIssuers();
        }
    }
}
