package com.contoso.status

import io.netty.handler.ssl.SslContextBuilder
import io.netty.handler.ssl.util.InsecureTrustManagerFactory
import org.junit.jupiter.api.Test

/** Builds the status service's TLS context; a check of it follows as a JUnit test. */
class TlsClient {
    fun production() = SslContextBuilder.forClient()
        .trustManager(InsecureTrustManagerFactory.INSTANCE) // pinscan-expect: PIN501@warning
        .build()

    @Test
    fun `accepts the mock server`() {
        val ctx = SslContextBuilder.forClient()
            .trustManager(InsecureTrustManagerFactory.INSTANCE) // pinscan-expect: PIN501@note
            .build()
        check(ctx != null)
    }
}
