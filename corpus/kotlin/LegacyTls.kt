package com.contoso.kiosk.net

import java.net.Socket
import javax.net.ssl.SSLContext
import javax.net.ssl.SSLSocket
import okhttp3.ConnectionSpec
import okhttp3.TlsVersion

/** The kiosk firmware's TLS settings, from before the TLS 1.2 rollout. */
object LegacyTls {
    const val KIOSK_TLS_PROTOCOL = "TLSv1.1" // pinscan-expect: PIN502
    val LEGACY_PROTOCOLS = arrayOf("TLSv1", "TLSv1.1") // pinscan-expect: PIN502
    val SUPPORTED_PROTOCOLS = arrayOf("TLSv1.2", "TLSv1.3") // pinscan-negative: PIN502
    // Names of protocols, one constant each: a vocabulary, not a choice.
    const val TLS_1_0 = "TLSv1" // pinscan-negative: PIN502
    const val SSLv3 = "SSLv3" // pinscan-negative: PIN502

    fun context(): SSLContext = SSLContext.getInstance("TLSv1") // pinscan-expect: PIN502

    fun modernContext(): SSLContext = SSLContext.getInstance("TLSv1.3") // pinscan-negative: PIN502

    fun configure(socket: SSLSocket) {
        socket.enabledProtocols = arrayOf("TLSv1", "TLSv1.1") // pinscan-expect: PIN502
    }

    fun configureModern(socket: SSLSocket) {
        socket.enabledProtocols = arrayOf("TLSv1.2") // pinscan-negative: PIN502
    }

    fun configureLegacy(socket: SSLSocket) {
        socket.setEnabledProtocols(arrayOf("SSLv3", "TLSv1")) // pinscan-expect: PIN502
    }

    val spec: ConnectionSpec = ConnectionSpec.Builder(ConnectionSpec.COMPATIBLE_TLS)
        .tlsVersions(TlsVersion.TLS_1_0) // pinscan-expect: PIN502
        .build()

    val modernSpec: ConnectionSpec = ConnectionSpec.Builder(ConnectionSpec.MODERN_TLS)
        .tlsVersions(TlsVersion.TLS_1_2, TlsVersion.TLS_1_3) // pinscan-negative: PIN502
        .build()

    fun jvmWide() {
        System.setProperty("https.protocols", "TLSv1") // pinscan-expect: PIN502
    }
}
