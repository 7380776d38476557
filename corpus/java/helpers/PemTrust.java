package com.fabrikam.tls;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.Collection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/** Builds SSL contexts that trust exactly the certificates they are given. */
public final class PemTrust {
    private PemTrust() {}

    public static SSLContext fromPem(String pem) throws GeneralSecurityException, IOException
    {
        try (InputStream in = new ByteArrayInputStream(pem.getBytes(StandardCharsets.UTF_8)))
        {
            return fromStream(in);
        }
    }

    private static SSLContext fromStream(InputStream stream)
        throws GeneralSecurityException, IOException
    {
        Collection<? extends Certificate> certs = CertificateFactory.getInstance("X.509").generateCertificates(stream);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, anchors(certs).getTrustManagers(), null);
        return context;
    }

    private static TrustManagerFactory anchors(Collection<? extends Certificate> certificates)
        throws GeneralSecurityException, IOException
    {
        KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
        store.load(null, null);
        int i = 0;
        for (Certificate c : certificates)
        {
            store.setCertificateEntry("anchor-" + i++, c); // pinscan-expect: PIN305
        }
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(store);
        return tmf;
    }

    /** Logs the subject of a certificate: not a trust decision. */
    public static String describe(String pem) {
        return pem.substring(0, Math.min(pem.length(), 64));
    }
}
