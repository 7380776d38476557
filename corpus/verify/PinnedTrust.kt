// Kotlin: verification that decides in a helper, and a check after the handshake.
package com.contoso.telemetry

import java.io.IOException
import java.security.MessageDigest
import java.security.cert.CertificateException
import java.security.cert.X509Certificate
import javax.net.ssl.X509TrustManager
import okhttp3.Interceptor
import okhttp3.Response

private val EXPECTED_KEY_SHA256 = setOf("q1YyZ2tQX1h3bFJ5N2NmZzFmV3ZqYk1sS0xPeXc5Zk0=")

private fun keyHash(cert: X509Certificate): String {
    val digest = MessageDigest.getInstance("SHA-256").digest(cert.publicKey.encoded)
    return java.util.Base64.getEncoder().encodeToString(digest)
}

private fun requirePinnedKey(cert: X509Certificate) {
    if (keyHash(cert) !in EXPECTED_KEY_SHA256) { // pinscan-expect: PIN380
        throw CertificateException("server key is not pinned")
    }
}

class HelperTrustManager(private val platform: X509TrustManager) : X509TrustManager {
    override fun checkClientTrusted(chain: Array<X509Certificate>, authType: String) {}

    override fun checkServerTrusted(chain: Array<X509Certificate>, authType: String) {
        platform.checkServerTrusted(chain, authType)
        requirePinnedKey(chain[0])
    }

    override fun getAcceptedIssuers(): Array<X509Certificate> = platform.acceptedIssuers
}

class IssuerInterceptor : Interceptor {
    override fun intercept(chain: Interceptor.Chain): Response {
        val certs = chain.connection()?.handshake()?.peerCertificates.orEmpty()
        val issuer = (certs.firstOrNull() as? X509Certificate)?.issuerX500Principal?.name
        if (issuer != "CN=Contoso Issuing CA 01,O=Contoso Ltd,C=US") { // pinscan-expect: PIN104, PIN380
            throw IOException("unexpected issuer $issuer")
        }
        return chain.proceed(chain.request())
    }
}

// Negative: reads the peer certificates only to log them.
class LoggingInterceptor : Interceptor {
    override fun intercept(chain: Interceptor.Chain): Response {
        val certs = chain.connection()?.handshake()?.peerCertificates.orEmpty()
        println("server sent ${certs.size} certificates") // pinscan-negative: PIN111, PIN380
        return chain.proceed(chain.request())
    }
}
