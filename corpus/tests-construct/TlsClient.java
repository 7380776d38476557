package com.contoso.status;

import java.security.cert.X509Certificate;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.handler.ssl.util.InsecureTrustManagerFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A status client; its self-checks are JUnit methods of the same class (see {@code @Test}). */
public class TlsClient {

    static SslContext production() throws Exception {
        return SslContextBuilder.forClient()
                .trustManager(InsecureTrustManagerFactory.INSTANCE) // pinscan-expect: PIN501@warning
                .build();
    }

    static SSLContext trustEverything() throws Exception {
        TrustManager[] all = {
            new X509TrustManager() {
                @Override
                public void checkServerTrusted(X509Certificate[] chain, String authType) {} // pinscan-expect: PIN501@warning
                @Override
                public void checkClientTrusted(X509Certificate[] chain, String authType) {}
                @Override
                public X509Certificate[] getAcceptedIssuers() { return new X509Certificate[0]; }
            }
        };
        SSLContext ctx = SSLContext.getInstance("TLS");
        ctx.init(null, all, null);
        return ctx;
    }

    private SslContext local;

    @BeforeEach
    void setUp() throws Exception {
        local = SslContextBuilder.forClient()
                .trustManager(InsecureTrustManagerFactory.INSTANCE) // pinscan-expect: PIN501@note
                .build();
    }

    @Test
    @SuppressWarnings("unused")
    void acceptsTheMockServer() throws Exception {
        SslContext ctx = SslContextBuilder.forClient()
                .trustManager(InsecureTrustManagerFactory.INSTANCE) // pinscan-expect: PIN501@note
                .build();
        assert ctx != null && local != null;
    }
}
