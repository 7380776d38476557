package com.contoso.shop.android.net

import okhttp3.CertificatePinner
import okhttp3.OkHttpClient
import okhttp3.Request

/** The shop app's API client. Pins come from the build config and from remote config. */
object PinnedApiClient {

    private const val API_HOST = "api.shop.contoso.example"
    private const val ROOT_PIN = "sha256/i7WTqTvh0OioIruIfFR4kMPnBqrS2rdiVPl/s2uC/CY=" // pinscan-expect: PIN101[DigiCert Global Root G2]@warning

    val client: OkHttpClient by lazy {
        val pinner = CertificatePinner.Builder()
            .add(API_HOST, ROOT_PIN) // pinscan-expect: PIN110
            .add("cdn.shop.contoso.example", "sha256/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=") // pinscan-expect: PIN110, PIN101
            .build()
        OkHttpClient.Builder()
            .certificatePinner(pinner)
            .build()
    }

    fun withRemotePins(remote: Map<String, List<String>>): OkHttpClient {
        val builder = CertificatePinner.Builder()
        remote.forEach { (host, keys) ->
            keys.forEach { key -> builder.add(host, key) } // pinscan-expect: PIN110
        }
        return OkHttpClient.Builder().certificatePinner(builder.build()).build()
    }

    fun forHost(host: String, vararg pins: String): CertificatePinner =
        CertificatePinner.Builder().apply {
            add(host, *pins) // pinscan-expect: PIN110
        }.build()

    fun legacy(host: String, backup: String): CertificatePinner {
        val b = CertificatePinner.Builder()
        b.add(host, ROOT_PIN) // pinscan-expect: PIN110
        for (h in listOf("$host:8443", "legacy.$host")) b.add(h, backup) // pinscan-expect: PIN110
        return b.build()
    }

    // Checking a chain against a pinner declared in the block is not another pin.
    fun verify(host: String, chain: List<java.security.cert.Certificate>) {
        val checker = CertificatePinner.Builder().build()
        checker.check(host, chain) // pinscan-negative: PIN110
    }

    // Lists, sets and request builders with `add`-like methods: silent.
    fun tags(): List<String> {
        val hosts = mutableListOf<String>()
        hosts.add(API_HOST) // pinscan-negative: PIN110
        hosts.add(0, "CertificatePinner") // pinscan-negative: PIN110
        return hosts
    }

    fun request(url: String): Request =
        Request.Builder().url(url).addHeader("X-Pinned", "true").build() // pinscan-negative: PIN110
}
