package com.example.tls;

import java.security.cert.X509Certificate;
import javax.security.auth.x500.X500Principal;

final class IssuerCheck {
    private static final String TRUSTED_ISSUER =
            "CN=DigiCert Global Root G2,OU=www.digicert.com,O=DigiCert Inc,C=US"; // pinscan-expect: PIN104[DigiCert Global Root G2]

    static boolean trusted(X509Certificate[] chain) {
        X500Principal issuer = chain[chain.length - 1].getIssuerX500Principal();
        if (issuer.getName().equals("CN=Contoso Issuing CA 7,O=Contoso Ltd,C=GB")) { // pinscan-expect: PIN104
            return true;
        }
        return issuer.getName().equals(TRUSTED_ISSUER);
    }

    // A directory lookup, not a certificate: silent.
    static final String LDAP_BASE = "CN=Service Accounts,OU=Users,DC=corp,DC=contoso,DC=com";  // pinscan-negative: PIN104
    static final String GREETING = "Hello, CN=World";  // pinscan-negative: PIN104, PIN107
}
