// Verification that decides in helpers, reads the peer certificates of a connection, or
// checks names (subject, SAN).
package com.contoso.telemetry;

import java.io.IOException;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import javax.net.ssl.HostnameVerifier;
import javax.net.ssl.SSLPeerUnverifiedException;
import javax.net.ssl.SSLSession;
import javax.net.ssl.X509TrustManager;
import okhttp3.CertificatePinner;
import okhttp3.Interceptor;
import okhttp3.Response;

public final class PeerChecks {
    private static final String EXPECTED_SUBJECT = "CN=ingest.contoso.example,O=Contoso Ltd,C=US"; // pinscan-expect: PIN104
    private static final Set<String> BLOCKED = Set.of("sha256/7HIpactkIAq2Y49orFOOQKurWxmmSFZhBCoQYcRhJ3Y="); // pinscan-expect: PIN101
    private static final Set<String> ALLOWED_NAMES = Set.of("ingest.contoso.example");

    // The trust manager calls a helper that compares the subject DN.
    static final X509TrustManager SUBJECT_CHECK = new X509TrustManager() {
        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) {}

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            ensureSubject(chain[0]);
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    };

    static void ensureSubject(X509Certificate leaf) throws CertificateException {
        if (!leaf.getSubjectX500Principal().getName().equals(EXPECTED_SUBJECT)) { // pinscan-expect: PIN380
            throw new CertificateException("unexpected subject");
        }
    }

    // An interceptor that rejects certificates by pin after the handshake.
    static final Interceptor DENYLIST = new Interceptor() {
        @Override
        public Response intercept(Chain chain) throws IOException {
            for (Certificate cert : chain.connection().handshake().peerCertificates()) {
                String pin = CertificatePinner.pin(cert);
                if (BLOCKED.contains(pin)) { // pinscan-expect: PIN342
                    throw new IOException("blocked certificate " + pin);
                }
            }
            return chain.proceed(chain.request());
        }
    };

    // A host-name verifier that accepts fixed SAN entries.
    static final HostnameVerifier SAN_ALLOW_LIST = new HostnameVerifier() {
        @Override
        public boolean verify(String hostname, SSLSession session) {
            try {
                X509Certificate leaf = (X509Certificate) session.getPeerCertificates()[0];
                Collection<List<?>> sans = leaf.getSubjectAlternativeNames();
                for (List<?> san : sans) {
                    if (ALLOWED_NAMES.contains(String.valueOf(san.get(1)))) { // pinscan-expect: PIN380
                        return true;
                    }
                }
            } catch (SSLPeerUnverifiedException | CertificateParsingException e) {
                return false;
            }
            return false;
        }
    };

    // Negative: the common name compared with the host being connected to.
    static final HostnameVerifier CN_IS_HOST = new HostnameVerifier() {
        @Override
        public boolean verify(String hostname, SSLSession session) {
            try {
                X509Certificate leaf = (X509Certificate) session.getPeerCertificates()[0];
                String cn = leaf.getSubjectX500Principal().getName();
                return cn.equalsIgnoreCase("CN=" + hostname); // pinscan-negative: PIN111, PIN380
            } catch (SSLPeerUnverifiedException e) {
                return false;
            }
        }
    };

    // Negative: a trust manager that delegates to the platform and logs.
    static X509TrustManager logging(X509TrustManager platform) {
        return new X509TrustManager() {
            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType) {}

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
                System.out.println("server chain of " + chain.length);
                platform.checkServerTrusted(chain, authType); // pinscan-negative: PIN111, PIN380
            }

            @Override
            public X509Certificate[] getAcceptedIssuers() {
                return platform.getAcceptedIssuers();
            }
        };
    }
}
