package com.contoso.field.sync

import android.content.Context
import java.security.KeyStore
import java.security.MessageDigest
import java.security.cert.CertificateException
import java.security.cert.CertificateFactory
import java.security.cert.X509Certificate
import javax.net.ssl.HostnameVerifier
import javax.net.ssl.HttpsURLConnection
import javax.net.ssl.SSLContext
import javax.net.ssl.SSLSession
import javax.net.ssl.TrustManagerFactory
import javax.net.ssl.X509TrustManager
import okhttp3.OkHttpClient
import org.apache.http.conn.ssl.NoopHostnameVerifier

/** TLS setup of the field-service sync app. */
class TrustSetup(private val context: Context) {

    /** Trusts only the root CA bundled in res/raw. */
    fun bundledRoot(): SSLContext {
        val cf = CertificateFactory.getInstance("X.509")
        val root = context.resources.openRawResource(R.raw.backend_root).use { cf.generateCertificate(it) }
        val keyStore = KeyStore.getInstance(KeyStore.getDefaultType()).apply {
            load(null, null)
            setCertificateEntry("backend-root", root) // pinscan-expect: PIN305
        }
        val tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm())
        tmf.init(keyStore)
        return SSLContext.getInstance("TLS").apply { init(null, tmf.trustManagers, null) }
    }

    /** A BKS trust store from assets, with the factory configured in an apply block. */
    fun assetTrustStore(password: CharArray): TrustManagerFactory {
        val store = KeyStore.getInstance("BKS")
        context.assets.open("truststore.bks").use { store.load(it, password) } // pinscan-expect: PIN305
        val factory = TrustManagerFactory.getInstance("X509").apply {
            init(store)
        }
        return factory
    }

    /** The file name of the bundled certificate shows in the finding. */
    fun inlineAsset(): TrustManagerFactory {
        val cf = CertificateFactory.getInstance("X.509")
        val anchors = KeyStore.getInstance(KeyStore.getDefaultType())
        anchors.load(null, null)
        anchors.setCertificateEntry("g2", cf.generateCertificate(context.assets.open("certs/DigiCertGlobalRootG2.crt.pem"))) // pinscan-expect: PIN305[DigiCert Global Root G2]@warning
        val tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm())
        tmf.init(anchors)
        return tmf
    }

    /** The platform roots: silent. */
    fun platform(): TrustManagerFactory {
        val tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm())
        tmf.init(null as KeyStore?) // pinscan-negative: PIN305
        return tmf
    }

    /** Android's system store plus the enterprise root: extends the platform store, silent. */
    fun systemPlusEnterprise(enterpriseRoot: X509Certificate): TrustManagerFactory {
        val system = KeyStore.getInstance("AndroidCAStore")
        system.load(null)
        system.setCertificateEntry("enterprise-root", enterpriseRoot)
        val tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm())
        tmf.init(system) // pinscan-negative: PIN305
        return tmf
    }

    /** Accepts the sync server by the SHA-256 of its public key (configured per tenant). */
    fun keyPinningManager(platform: X509TrustManager, allowed: Set<String>) = object : X509TrustManager {
        override fun checkServerTrusted(chain: Array<X509Certificate>, authType: String) {
            platform.checkServerTrusted(chain, authType)
            val digest = MessageDigest.getInstance("SHA-256").digest(chain[0].publicKey.encoded)
            val actual = digest.joinToString("") { "%02x".format(it) }
            if (actual !in allowed) throw CertificateException("server key $actual not allowed") // pinscan-expect: PIN111
        }

        override fun checkClientTrusted(chain: Array<X509Certificate>, authType: String) =
            platform.checkClientTrusted(chain, authType)

        override fun getAcceptedIssuers(): Array<X509Certificate> = platform.acceptedIssuers
    }

    /** Accepts servers whose issuer name is on the tenant's list. */
    fun issuerNameManager(platform: X509TrustManager, issuers: List<String>) = object : X509TrustManager {
        override fun checkServerTrusted(chain: Array<X509Certificate>, authType: String) {
            val issuer = chain.first().issuerX500Principal.name
            require(issuers.any { it.equals(issuer, ignoreCase = true) }) { "untrusted issuer $issuer" } // pinscan-expect: PIN111
        }

        override fun checkClientTrusted(chain: Array<X509Certificate>, authType: String) {}

        override fun getAcceptedIssuers(): Array<X509Certificate> = emptyArray()
    }

    /** Debug builds talk to a local server with a self-signed certificate. */
    fun debugClient(): OkHttpClient {
        val trustAll = object : X509TrustManager {
            override fun checkClientTrusted(chain: Array<out X509Certificate>?, authType: String?) {}
            override fun checkServerTrusted(chain: Array<out X509Certificate>?, authType: String?) {} // pinscan-expect: PIN501
            override fun getAcceptedIssuers(): Array<X509Certificate> = arrayOf()
        }
        val ssl = SSLContext.getInstance("TLS")
        ssl.init(null, arrayOf(trustAll), null)
        return OkHttpClient.Builder()
            .sslSocketFactory(ssl.socketFactory, trustAll)
            .hostnameVerifier { _, _ -> true } // pinscan-expect: PIN501
            .build()
    }

    fun legacyConnection(conn: HttpsURLConnection) {
        conn.hostnameVerifier = HostnameVerifier { _, _ -> true } // pinscan-expect: PIN501
        conn.setHostnameVerifier(NoopHostnameVerifier.INSTANCE) // pinscan-expect: PIN501
    }

    object LaxTrust : X509TrustManager {
        override fun checkClientTrusted(chain: Array<X509Certificate>, authType: String) = Unit
        override fun checkServerTrusted(chain: Array<X509Certificate>, authType: String) = Unit // pinscan-expect: PIN501
        override fun getAcceptedIssuers(): Array<X509Certificate> = emptyArray()
    }

    val anyHost = object : HostnameVerifier {
        override fun verify(hostname: String?, session: SSLSession?): Boolean = true // pinscan-expect: PIN501
    }

    // ---- verifying versions: silent ----

    val strictHost = object : HostnameVerifier {
        private val platform = HttpsURLConnection.getDefaultHostnameVerifier()
        override fun verify(hostname: String?, session: SSLSession?): Boolean = // pinscan-negative: PIN501
            hostname != null && hostname.endsWith(".contoso.example") && platform.verify(hostname, session)
    }

    fun delegating(platform: X509TrustManager) = object : X509TrustManager {
        override fun checkServerTrusted(chain: Array<X509Certificate>, authType: String) { // pinscan-negative: PIN501, PIN111
            platform.checkServerTrusted(chain, authType)
        }

        override fun checkClientTrusted(chain: Array<X509Certificate>, authType: String) =
            platform.checkClientTrusted(chain, authType)

        override fun getAcceptedIssuers(): Array<X509Certificate> = platform.acceptedIssuers
    }

    fun verifiedClient(): OkHttpClient = OkHttpClient.Builder()
        .hostnameVerifier { host, session -> HttpsURLConnection.getDefaultHostnameVerifier().verify(host, session) } // pinscan-negative: PIN501
        .build()
}
