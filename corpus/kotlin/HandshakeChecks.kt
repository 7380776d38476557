package com.contoso.payments.net

import java.io.IOException
import java.security.MessageDigest
import java.security.cert.CertificateException
import java.security.cert.X509Certificate
import javax.net.ssl.SSLPeerUnverifiedException
import okhttp3.CertificatePinner
import okhttp3.Interceptor
import okio.ByteString.Companion.toByteString

private val GATEWAY_KEYS = setOf("sha256/Z2F0ZXdheS1zcGtpLXBsYWNlaG9sZGVyLXZhbHVlLQ==")
private val GATEWAY_SPKI = byteArrayOf(0x01, 0x02, 0x03)

/** Pin checks of the payments client, written by hand. */
object HandshakeChecks {
    /** An interceptor that accepts only the gateway keys. */
    val gatewayOnly = Interceptor { chain ->
        for (certificate in chain.connection()!!.handshake()!!.peerCertificates) {
            val pin = CertificatePinner.pin(certificate)
            if (pin !in GATEWAY_KEYS) throw SSLPeerUnverifiedException("unexpected key $pin") // pinscan-expect: PIN342
        }
        chain.proceed(chain.request())
    }

    fun checkGatewayKey(leaf: X509Certificate) {
        val spki = MessageDigest.getInstance("SHA-256").digest(leaf.publicKey.encoded)
        require(spki.contentEquals(GATEWAY_SPKI)) { "unexpected gateway key" } // pinscan-expect: PIN342
    }

    fun checkWithOkio(leaf: X509Certificate) {
        val hash = leaf.publicKey.encoded.toByteString().sha256().base64()
        if (hash != "Z2F0ZXdheS1zcGtpLXBsYWNlaG9sZGVyLXZhbHVlLQ==") { // pinscan-expect: PIN342
            throw CertificateException("unexpected key")
        }
    }

    fun inline(leaf: X509Certificate): Boolean =
        CertificatePinner.pin(leaf) in GATEWAY_KEYS // pinscan-expect: PIN342

    // Negatives.

    fun logPin(leaf: X509Certificate) {
        val pin = CertificatePinner.pin(leaf) // pinscan-negative: PIN342
        println("peer pin: $pin")
    }

    fun sameBody(body: ByteArray, expected: ByteArray): Boolean {
        val digest = MessageDigest.getInstance("SHA-256").digest(body)
        return digest.contentEquals(expected) // pinscan-negative: PIN342
    }
}
