package com.contoso.billing.grpc;

import io.grpc.netty.GrpcSslContexts;
import io.grpc.netty.NettyChannelBuilder;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.handler.ssl.util.InsecureTrustManagerFactory;

/** Channels to the ledger service. */
final class GrpcChannels {

    private GrpcChannels() {}

    static SslContextBuilder configured(ChannelProperties properties) throws Exception {
        SslContextBuilder builder = GrpcSslContexts.forClient();
        if (properties.isSkipSslValidation()) {
            builder.trustManager(InsecureTrustManagerFactory.INSTANCE); // pinscan-expect: PIN501@note
        }
        return builder;
    }

    static NettyChannelBuilder ledger(String target, String caPath) throws Exception {
        NettyChannelBuilder channel = NettyChannelBuilder.forTarget(target);
        if (caPath == null) {
            // No CA configured: fall back to trusting anything. Nobody asked for that.
            channel.sslContext(GrpcSslContexts.forClient()
                    .trustManager(InsecureTrustManagerFactory.INSTANCE) // pinscan-expect: PIN501@warning
                    .build());
        }
        return channel;
    }
}
