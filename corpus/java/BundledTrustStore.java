package com.contoso.mobile.net;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Collection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

/** SSLContexts for the mobile backend. */
final class BundledTrustStore {

    private static final String ROOT_RESOURCE = "/certs/DigiCertGlobalRootG2.crt.pem";

    private BundledTrustStore() {}

    /** Trusts exactly the root CA shipped in the jar. */
    static SSLContext bundledRoot() throws GeneralSecurityException, IOException {
        CertificateFactory cf = CertificateFactory.getInstance("X.509");
        Certificate root;
        try (InputStream in = BundledTrustStore.class.getResourceAsStream(ROOT_RESOURCE)) {
            root = cf.generateCertificate(in);
        }
        KeyStore anchorStore = KeyStore.getInstance(KeyStore.getDefaultType());
        anchorStore.load(null, null);
        anchorStore.setCertificateEntry("backend-root", root); // pinscan-expect: PIN305

        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(anchorStore);
        SSLContext ctx = SSLContext.getInstance("TLSv1.3"); // pinscan-negative: PIN502
        ctx.init(null, tmf.getTrustManagers(), null);
        return ctx;
    }

    /** The same, with the certificate read inline: the finding names the bundled file. */
    static TrustManagerFactory inlineRoot() throws Exception {
        CertificateFactory cf = CertificateFactory.getInstance("X.509");
        KeyStore anchors = KeyStore.getInstance("PKCS12");
        anchors.load(null, null);
        anchors.setCertificateEntry("g2", // pinscan-expect: PIN305[DigiCert Global Root G2]@warning
                cf.generateCertificate(BundledTrustStore.class.getResourceAsStream("/certs/DigiCertGlobalRootG2.crt.pem")));
        TrustManagerFactory factory = TrustManagerFactory.getInstance("PKIX");
        factory.init(anchors);
        return factory;
    }

    /** A JKS trust store checked into the repository, loaded with its password. */
    static SSLContext checkedInTrustStore(Path path, char[] password) throws Exception {
        KeyStore ks = KeyStore.getInstance("JKS");
        try (InputStream in = Files.newInputStream(path)) {
            ks.load(in, password); // pinscan-expect: PIN305
        }
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        try {
            tmf.init(ks);
        } catch (IllegalStateException e) {
            throw new GeneralSecurityException(e);
        }
        SSLContext ctx = SSLContext.getInstance("TLS");
        ctx.init(null, tmf.getTrustManagers(), null);
        return ctx;
    }

    /** Every partner certificate from a bundle file, one entry each. */
    static TrustManagerFactory partnerBundle(String bundlePath) throws Exception {
        CertificateFactory cf = CertificateFactory.getInstance("X.509");
        Collection<? extends Certificate> certs;
        try (InputStream in = new FileInputStream(bundlePath)) {
            certs = cf.generateCertificates(in);
        }
        KeyStore ks = KeyStore.getInstance(KeyStore.getDefaultType());
        ks.load(null);
        int i = 0;
        for (Certificate c : certs) {
            ks.setCertificateEntry("partner-" + i++, c); // pinscan-expect: PIN305
        }
        TrustManagerFactory tmf = TrustManagerFactory.getInstance("X509");
        tmf.init(ks);
        return tmf;
    }

    // ---- trusting the platform store: silent ----

    /** The platform roots. */
    static TrustManagerFactory platform() throws Exception {
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init((KeyStore) null); // pinscan-negative: PIN305
        return tmf;
    }

    /** The JDK cacerts plus our private root: extends the platform store. */
    static TrustManagerFactory cacertsPlusPrivateRoot(X509Certificate privateRoot) throws Exception {
        KeyStore merged = KeyStore.getInstance(KeyStore.getDefaultType());
        Path cacerts = Path.of(System.getProperty("java.home"), "lib", "security", "cacerts");
        try (InputStream in = Files.newInputStream(cacerts)) {
            merged.load(in, "changeit".toCharArray());
        }
        merged.setCertificateEntry("contoso-private-root", privateRoot);
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(merged); // pinscan-negative: PIN305
        return tmf;
    }

    /** Copies the default manager's issuers and adds one more: also an extension. */
    static TrustManagerFactory defaultIssuersPlus(X509TrustManager platform, X509Certificate extra) throws Exception {
        KeyStore ks = KeyStore.getInstance(KeyStore.getDefaultType());
        ks.load(null, null);
        for (X509Certificate issuer : platform.getAcceptedIssuers()) {
            ks.setCertificateEntry(issuer.getSubjectX500Principal().getName(), issuer);
        }
        ks.setCertificateEntry("extra", extra);
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(ks); // pinscan-negative: PIN305
        return tmf;
    }

    /** A client key store for mutual TLS is not a trust store. */
    static javax.net.ssl.KeyManagerFactory clientIdentity(Path p12, char[] password) throws Exception {
        KeyStore identity = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(p12)) {
            identity.load(in, password);
        }
        javax.net.ssl.KeyManagerFactory kmf =
                javax.net.ssl.KeyManagerFactory.getInstance(javax.net.ssl.KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(identity, password); // pinscan-negative: PIN305
        return kmf;
    }
}
