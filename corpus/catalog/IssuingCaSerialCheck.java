package com.contoso.ledger.tls;

import java.math.BigInteger;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;

/** Rejects a ledger server whose certificate was not issued by the expected intermediate issuance. */
final class IssuingCaSerialCheck {

    // Serial of the issuing CA certificate (hex, as openssl x509 -serial shows it).
    static final BigInteger ISSUING_CA_SERIAL = new BigInteger("0a43a9509b01352f899579ec7208ba50", 16); // pinscan-expect: PIN103[Microsoft Azure RSA TLS Issuing CA 07]

    private IssuingCaSerialCheck() {}

    static void check(X509Certificate[] chain) throws CertificateException {
        if (chain.length < 2 || !chain[1].getSerialNumber().equals(ISSUING_CA_SERIAL)) {
            throw new CertificateException("ledger chain has an unexpected issuing CA");
        }
    }
}
