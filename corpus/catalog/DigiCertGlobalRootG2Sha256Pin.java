package com.contoso.telemetry.tls;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import javax.net.ssl.X509TrustManager;

/**
 * Wraps the platform trust manager and additionally requires that the chain ends at one
 * specific root, identified by the SHA-256 fingerprint of its DER encoding.
 */
final class RootFingerprintTrustManager implements X509TrustManager {

    // Uppercase hex as shown by the Windows certificate viewer ("Thumbprint", SHA-256 field).
    private static final String PINNED_ROOT_SHA256 =
            "CB3CCBB76031E5E0138F8DD39A23F9DE47FFC35E43C1144CEA27D46A5AB1CB5F"; // pinscan-expect: PIN102[DigiCert Global Root G2]

    private final X509TrustManager delegate;

    RootFingerprintTrustManager(X509TrustManager delegate) {
        this.delegate = delegate;
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        delegate.checkServerTrusted(chain, authType);
        X509Certificate top = chain[chain.length - 1];
        String actual = sha256Hex(top);
        if (!PINNED_ROOT_SHA256.equalsIgnoreCase(actual)) { // pinscan-expect: PIN111
            throw new CertificateException("unexpected root fingerprint " + actual);
        }
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        delegate.checkClientTrusted(chain, authType);
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
        return delegate.getAcceptedIssuers();
    }

    private static String sha256Hex(X509Certificate cert) throws CertificateException {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(cert.getEncoded());
            return HexFormat.of().withUpperCase().formatHex(digest);
        } catch (NoSuchAlgorithmException | CertificateEncodingException e) {
            throw new CertificateException(e);
        }
    }
}
