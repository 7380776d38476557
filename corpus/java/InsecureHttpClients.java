package com.contoso.tools.sync;

import static org.apache.http.conn.ssl.SSLSocketFactory.ALLOW_ALL_HOSTNAME_VERIFIER;

import java.net.http.HttpClient;
import java.security.SecureRandom;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import javax.net.ssl.HostnameVerifier;
import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSession;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import okhttp3.OkHttpClient;
import org.apache.http.conn.ssl.NoopHostnameVerifier;
import org.apache.http.conn.ssl.SSLConnectionSocketFactory;
import org.apache.http.conn.ssl.TrustAllStrategy;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.impl.client.HttpClients;
import org.apache.http.ssl.SSLContextBuilder;
import org.apache.http.ssl.SSLContexts;

/**
 * HTTP clients of the sync tool. Several of them were "temporarily" made to accept any
 * certificate after the storage endpoint moved to a new CA.
 */
final class InsecureHttpClients {

    /** Accepts every chain: the classic copy-pasted trust manager. */
    static final class TrustEverything implements X509TrustManager {
        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) {}

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) {} // pinscan-expect: PIN501

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }

    static SSLContext trustAllContext() throws Exception {
        TrustManager[] managers = {
            new X509TrustManager() {
                public X509Certificate[] getAcceptedIssuers() {
                    return null;
                }

                public void checkClientTrusted(X509Certificate[] certs, String authType) {
                }

                public void checkServerTrusted(X509Certificate[] certs, String authType) { // pinscan-expect: PIN501
                    // TODO: re-enable once the new root is in the image
                    System.out.println("accepting server " + certs[0].getSubjectX500Principal());
                }
            }
        };
        SSLContext sc = SSLContext.getInstance("TLS"); // pinscan-negative: PIN502
        sc.init(null, managers, new SecureRandom());
        return sc;
    }

    static void installGlobally() throws Exception {
        HttpsURLConnection.setDefaultSSLSocketFactory(trustAllContext().getSocketFactory());
        HttpsURLConnection.setDefaultHostnameVerifier((hostname, session) -> true); // pinscan-expect: PIN501
    }

    static HostnameVerifier anyHost() {
        return new HostnameVerifier() {
            @Override
            public boolean verify(String hostname, SSLSession session) { // pinscan-expect: PIN501
                return true;
            }
        };
    }

    static OkHttpClient okHttp() throws Exception {
        SSLContext sc = trustAllContext();
        return new OkHttpClient.Builder()
                .sslSocketFactory(sc.getSocketFactory(), new TrustEverything())
                .hostnameVerifier((host, sslSession) -> { // pinscan-expect: PIN501
                    return true;
                })
                .build();
    }

    static CloseableHttpClient apache() throws Exception {
        SSLContext sc = new SSLContextBuilder()
                .loadTrustMaterial(null, (chain, authType) -> true) // pinscan-expect: PIN501
                .build();
        SSLConnectionSocketFactory sf =
                new SSLConnectionSocketFactory(sc, NoopHostnameVerifier.INSTANCE); // pinscan-expect: PIN501
        return HttpClients.custom().setSSLSocketFactory(sf).build();
    }

    static CloseableHttpClient apacheLegacy() throws Exception {
        SSLContext sc = SSLContexts.custom().loadTrustMaterial(TrustAllStrategy.INSTANCE).build(); // pinscan-expect: PIN501
        return HttpClients.custom()
                .setSSLContext(sc)
                .setSSLHostnameVerifier(new NoopHostnameVerifier()) // pinscan-expect: PIN501
                .build();
    }

    @SuppressWarnings("deprecation")
    static org.apache.http.conn.ssl.SSLSocketFactory oldApache(java.security.KeyStore trust) throws Exception {
        org.apache.http.conn.ssl.SSLSocketFactory f = new org.apache.http.conn.ssl.SSLSocketFactory(trust);
        f.setHostnameVerifier(ALLOW_ALL_HOSTNAME_VERIFIER); // pinscan-expect: PIN501
        f.setHostnameVerifier(org.apache.http.conn.ssl.SSLSocketFactory.ALLOW_ALL_HOSTNAME_VERIFIER); // pinscan-expect: PIN501
        return f;
    }

    // ---- the fixed versions: these verify and stay silent ----

    /** Accepts only the configured host, and only after the default verifier agreed. */
    static HostnameVerifier strictHost(String expectedHost) {
        HostnameVerifier platform = HttpsURLConnection.getDefaultHostnameVerifier();
        return (hostname, session) -> expectedHost.equalsIgnoreCase(hostname) && platform.verify(hostname, session); // pinscan-negative: PIN501
    }

    static final class DelegatingVerifier implements HostnameVerifier {
        private final HostnameVerifier delegate = HttpsURLConnection.getDefaultHostnameVerifier();

        @Override
        public boolean verify(String hostname, SSLSession session) { // pinscan-negative: PIN501
            if (!hostname.endsWith(".core.windows.net")) {
                return false;
            }
            return delegate.verify(hostname, session);
        }
    }

    static final class CheckingTrustManager implements X509TrustManager {
        private final X509TrustManager delegate;

        CheckingTrustManager(X509TrustManager delegate) {
            this.delegate = delegate;
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException { // pinscan-negative: PIN501, PIN111
            if (chain == null || chain.length == 0) {
                throw new CertificateException("empty server chain");
            }
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

    static HttpClient jdkDefault() {
        return HttpClient.newBuilder().build();
    }

    static java.util.function.BiPredicate<String, String> unrelatedLambda() {
        java.util.function.BiPredicate<String, String> always = (a, b) -> true; // pinscan-negative: PIN501
        return always;
    }
}
