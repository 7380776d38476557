package com.contoso.telemetry.net;

import java.security.cert.X509Certificate;
import java.util.List;
import okhttp3.OkHttpClient;
import okhttp3.tls.HandshakeCertificates;
import okhttp3.tls.HeldCertificate;

/** OkHttp clients of the telemetry uploader, built with okhttp-tls. */
public final class HandshakeTrust {
  private final X509Certificate gatewayRoot;
  private final List<X509Certificate> partnerRoots;

  private final HandshakeCertificates mirror = new HandshakeCertificates.Builder() // pinscan-expect: PIN340
      .addTrustedCertificate(loadMirrorRoot())
      .build();

  public HandshakeTrust(X509Certificate gatewayRoot, List<X509Certificate> partnerRoots) {
    this.gatewayRoot = gatewayRoot;
    this.partnerRoots = partnerRoots;
  }

  /** Only the gateway's private root and an old partner root. */
  public OkHttpClient gatewayClient(X509Certificate legacyRoot) {
    HandshakeCertificates certificates = new HandshakeCertificates.Builder() // pinscan-expect: PIN340
        .addTrustedCertificate(gatewayRoot)
        .addTrustedCertificate(legacyRoot)
        // Uncomment to keep the platform roots.
        //.addPlatformTrustedCertificates()
        .build();
    return new OkHttpClient.Builder()
        .sslSocketFactory(certificates.sslSocketFactory(), certificates.trustManager())
        .build();
  }

  /** The partner roots, added in a loop on a builder variable. */
  public HandshakeCertificates partnerHandshake() {
    HandshakeCertificates.Builder builder = new HandshakeCertificates.Builder();
    for (X509Certificate root : partnerRoots) {
      builder.addTrustedCertificate(root); // pinscan-expect: PIN340
    }
    return builder.build();
  }

  HandshakeCertificates uploaderTrust() {
    return new HandshakeCertificates.Builder().addTrustedCertificate(gatewayRoot).build(); // pinscan-expect: PIN340
  }

  /** A development server: any certificate from that host is accepted. */
  OkHttpClient devClient(String host) {
    HandshakeCertificates certs = new HandshakeCertificates.Builder()
        .addPlatformTrustedCertificates()
        .addInsecureHost(host) // pinscan-expect: PIN341
        .build();
    return new OkHttpClient.Builder()
        .sslSocketFactory(certs.sslSocketFactory(), certs.trustManager())
        .build();
  }

  // Negatives.

  /** Only a mention of the development switch. */
  void warnAboutInsecureHosts(java.util.logging.Logger log) {
    log.warning("addInsecureHost(...) is for development servers only"); // pinscan-negative: PIN341
  }

  /** The platform roots plus the gateway root: not narrow. */
  HandshakeCertificates withPlatform() {
    return new HandshakeCertificates.Builder() // pinscan-negative: PIN340
        .addPlatformTrustedCertificates()
        .addTrustedCertificate(gatewayRoot)
        .build();
  }

  /** The server side only holds its own certificate: no trust decision. */
  HandshakeCertificates serverCertificates(HeldCertificate held) {
    HandshakeCertificates server = new HandshakeCertificates.Builder() // pinscan-negative: PIN340
        .heldCertificate(held)
        .build();
    return server;
  }

  /** Some other library's addTrustedCertificate. */
  void otherBuilder(CertificateRegistry registry) {
    CertificateRegistry.Entry entry = registry.builder().addTrustedCertificate(gatewayRoot).commit(); // pinscan-negative: PIN340
  }

  private static X509Certificate loadMirrorRoot() {
    return null;
  }
}
