package com.contoso.einvoice;

import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import javax.security.auth.x500.X500Principal;

/** The e-invoicing gateway of our German partner must chain to its contract root. */
final class DTrustRootIssuerCheck {

    private static final X500Principal EXPECTED_ROOT_ISSUER =
            new X500Principal("CN=D-TRUST Root Class 3 CA 2 2009,O=D-Trust GmbH,C=DE"); // pinscan-expect: PIN104[D-TRUST Root Class 3 CA 2 2009]

    private DTrustRootIssuerCheck() {}

    static void check(X509Certificate[] chain) throws CertificateException {
        X509Certificate top = chain[chain.length - 1];
        if (!top.getIssuerX500Principal().equals(EXPECTED_ROOT_ISSUER)) {
            throw new CertificateException("gateway does not chain to the contract root: "
                    + top.getIssuerX500Principal().getName());
        }
    }
}
