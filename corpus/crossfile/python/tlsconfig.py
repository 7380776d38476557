"""TLS settings shared by the clients of this package."""

CA_BUNDLE = "certs/DigiCertGlobalRootG2.crt.pem"
LEGACY_CA = "certs/BaltimoreCyberTrustRoot.crt.pem"
TIMEOUT = 10
