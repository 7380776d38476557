package com.example.tls;

import java.math.BigInteger;
import java.security.cert.X509Certificate;

final class SerialCheck {
    // Serial of the CA we accept (hex as openssl prints it).
    private static final BigInteger EXPECTED_SERIAL = new BigInteger("033af1e6a711a9a0bb2864b11d09fae5", 16); // pinscan-expect: PIN103[DigiCert Global Root G2]
    // Serial number of the leaf certificate the service presented last year.
    private static final String LEAF_SERIAL = "5a:1b:7c:2d:9e:0f:31:42:53:64:75:86"; // pinscan-expect: PIN103

    static boolean accepted(X509Certificate issuer) {
        return issuer.getSerialNumber().equals(EXPECTED_SERIAL);
    }

    // Not certificate serials: a device serial and a serial port.
    static final String DEVICE_SERIAL = "00a1b2c3d4e5f60718293a4b";  // pinscan-negative: PIN103
    static final String SERIAL_PORT = "/dev/ttyS0";
    static final int SERIAL_VERSION = 1;
}
