package com.contoso.payments.net;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.Base64;
import java.util.Set;
import javax.net.ssl.SSLPeerUnverifiedException;
import okhttp3.CertificatePinner;
import okhttp3.Interceptor;
import okhttp3.Response;

/** Pin checks of the payments client, written by hand. */
final class HandshakeChecks {
  private static final Set<String> REVOKED_KEYS = Set.of(
      "sha256/bm90LWEtcmVhbC1rZXktaGFzaC1qdXN0LWZpbGxlcg==");
  private static final byte[] GATEWAY_SPKI = Base64.getDecoder().decode(GATEWAY_SPKI_B64);
  private static final String GATEWAY_SPKI_B64 = "Z2F0ZXdheS1zcGtpLXBsYWNlaG9sZGVyLXZhbHVlLQ==";

  /** An interceptor that rejects revoked keys. */
  static final Interceptor REVOCATION = new Interceptor() {
    @Override public Response intercept(Chain chain) throws IOException {
      for (Certificate certificate : chain.connection().handshake().peerCertificates()) {
        String keyPin = CertificatePinner.pin(certificate);
        if (REVOKED_KEYS.contains(keyPin)) { // pinscan-expect: PIN342
          throw new IOException("revoked key " + keyPin);
        }
      }
      return chain.proceed(chain.request());
    }
  };

  /** The leaf's SPKI digest must be the gateway's. */
  static void checkGatewayKey(X509Certificate leaf) throws CertificateException {
    try {
      byte[] spki = MessageDigest.getInstance("SHA-256").digest(leaf.getPublicKey().getEncoded());
      if (!MessageDigest.isEqual(spki, GATEWAY_SPKI)) { // pinscan-expect: PIN342
        throw new CertificateException("unexpected gateway key");
      }
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new CertificateException(e);
    }
  }

  /** Compared inline, on the certificate's own encoding. */
  static boolean isKnownLeaf(X509Certificate leaf, byte[] knownDigest) throws Exception {
    MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
    return Arrays.equals(knownDigest, sha256.digest(leaf.getEncoded())); // pinscan-expect: PIN342
  }

  static boolean pinnedByOkHttp(Set<String> allowed, Certificate peer) {
    return allowed.contains(CertificatePinner.pin(peer)); // pinscan-expect: PIN342
  }

  // Negatives.

  /** Logging the pin decides nothing. */
  static void logPins(Iterable<Certificate> peers) {
    for (Certificate peer : peers) {
      String pin = CertificatePinner.pin(peer); // pinscan-negative: PIN342
      System.out.println("peer pin: " + pin);
    }
  }

  /** A digest of a message, not of a certificate. */
  static boolean sameBody(byte[] body, byte[] expected) throws Exception {
    byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
    return Arrays.equals(digest, expected); // pinscan-negative: PIN342
  }
}
