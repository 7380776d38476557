package com.contoso.telemetry.net

import java.security.cert.X509Certificate
import javax.net.ssl.HostnameVerifier
import javax.net.ssl.SSLSession
import okhttp3.OkHttpClient
import okhttp3.tls.HandshakeCertificates
import okhttp3.tls.HeldCertificate

/** OkHttp clients of the telemetry uploader, built with okhttp-tls. */
class HandshakeTrust(private val gatewayRoot: X509Certificate, private val partnerRoots: List<X509Certificate>) {

    /** Only the gateway's private root. */
    fun gatewayClient(): OkHttpClient {
        val handshake = // pinscan-expect: PIN340
            HandshakeCertificates
                .Builder()
                .addTrustedCertificate(gatewayRoot)
                // .addPlatformTrustedCertificates()
                .build()
        return OkHttpClient.Builder()
            .sslSocketFactory(handshake.sslSocketFactory(), handshake.trustManager)
            .build()
    }

    /** The partner roots, added in a loop on a builder variable. */
    fun partnerHandshake(): HandshakeCertificates {
        val builder = HandshakeCertificates.Builder()
        for (root in partnerRoots) {
            builder.addTrustedCertificate(root) // pinscan-expect: PIN340
        }
        return builder.build()
    }

    /** Returned straight from an expression body, read through `.trustManager`. */
    fun uploaderTrust() = HandshakeCertificates.Builder().addTrustedCertificate(gatewayRoot).build().trustManager // pinscan-expect: PIN340

    /** Configured in an apply block. */
    val mirrorCertificates = HandshakeCertificates.Builder().apply { // pinscan-expect: PIN340
        addTrustedCertificate(gatewayRoot)
    }.build()

    /** A development server: any certificate from that host is accepted. */
    fun devClient(host: String): OkHttpClient {
        val certs = HandshakeCertificates.Builder()
            .addPlatformTrustedCertificates()
            .addInsecureHost(host) // pinscan-expect: PIN341
            .build()
        return OkHttpClient.Builder()
            .sslSocketFactory(certs.sslSocketFactory(), certs.trustManager)
            .hostnameVerifier { _, _ -> true } // pinscan-expect: PIN501
            .build()
    }

    /** Host-name checks off with typed, nullable lambda parameters. */
    val anyHost = HostnameVerifier { name: String?, session: SSLSession? -> true } // pinscan-expect: PIN501

    fun laxClient(): OkHttpClient = OkHttpClient.Builder()
        .hostnameVerifier { hostname: String?, _: SSLSession? ->
            true // pinscan-expect: PIN501
        }
        .build()

    // Negatives.

    /** The platform roots plus the gateway root: not narrow. */
    fun withPlatform(): HandshakeCertificates = HandshakeCertificates.Builder() // pinscan-negative: PIN340
        .addPlatformTrustedCertificates()
        .addTrustedCertificate(gatewayRoot)
        .build()

    /** The server side only holds its own certificate: no trust decision. */
    fun serverCertificates(held: HeldCertificate): HandshakeCertificates {
        val server = HandshakeCertificates.Builder() // pinscan-negative: PIN340
            .heldCertificate(held)
            .build()
        return server
    }

    /** A verifier that decides by host name is not a trust-all one. */
    val knownHosts = HostnameVerifier { name: String?, _: SSLSession? -> name?.endsWith(".contoso.example") ?: false } // pinscan-negative: PIN501

    /** Some other builder's addTrustedCertificate. */
    fun otherBuilder(registry: CertificateRegistry) {
        registry.builder().addTrustedCertificate(gatewayRoot).commit() // pinscan-negative: PIN340
    }
}
