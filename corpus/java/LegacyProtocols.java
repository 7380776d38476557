package com.contoso.pos.terminal;

import java.io.IOException;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;
import okhttp3.ConnectionSpec;
import okhttp3.TlsVersion;

/** Connections from the old point-of-sale terminals, which only spoke TLS 1.0. */
final class LegacyProtocols {

    private static final String TERMINAL_PROTOCOL = "TLSv1"; // pinscan-expect: PIN502
    static final String[] LEGACY_TLS_PROTOCOLS = {"TLSv1", "TLSv1.1"}; // pinscan-expect: PIN502
    static final String[] MODERN_TLS_PROTOCOLS = {"TLSv1.3", "TLSv1.2"}; // pinscan-negative: PIN502

    private LegacyProtocols() {}

    static SSLContext terminalContext() throws NoSuchAlgorithmException {
        return SSLContext.getInstance("TLSv1"); // pinscan-expect: PIN502
    }

    static SSLContext bridgeContext() throws NoSuchAlgorithmException {
        return javax.net.ssl.SSLContext
                .getInstance("TLSv1.1"); // pinscan-expect: PIN502
    }

    static SSLContext ancientContext() throws NoSuchAlgorithmException {
        return SSLContext.getInstance("SSLv3"); // pinscan-expect: PIN502
    }

    static SSLContext configured() throws NoSuchAlgorithmException {
        return SSLContext.getInstance(TERMINAL_PROTOCOL);
    }

    static SSLSocket open(String host, int port) throws IOException {
        SSLSocket socket = (SSLSocket) SSLSocketFactory.getDefault().createSocket(host, port);
        socket.setEnabledProtocols(new String[] {"TLSv1", "TLSv1.1"}); // pinscan-expect: PIN502
        return socket;
    }

    static SSLSocket openModern(String host, int port) throws IOException {
        SSLSocket socket = (SSLSocket) SSLSocketFactory.getDefault().createSocket(host, port);
        socket.setEnabledProtocols(new String[] {"TLSv1.2", "TLSv1.3"}); // pinscan-negative: PIN502
        return socket;
    }

    static SSLSocket openTransitional(String host, int port) throws IOException {
        // Still offers 1.0 for the oldest terminals but negotiates 1.2 with everyone else.
        SSLSocket socket = (SSLSocket) SSLSocketFactory.getDefault().createSocket(host, port);
        socket.setEnabledProtocols(new String[] {"TLSv1", "TLSv1.1", "TLSv1.2"}); // pinscan-negative: PIN502
        return socket;
    }

    static SSLParameters parameters() {
        SSLParameters params = new SSLParameters();
        params.setProtocols(new String[] {"TLSv1.1"}); // pinscan-expect: PIN502
        return params;
    }

    static ConnectionSpec okHttpSpec() {
        return new ConnectionSpec.Builder(ConnectionSpec.COMPATIBLE_TLS)
                .tlsVersions(TlsVersion.TLS_1_0, TlsVersion.TLS_1_1) // pinscan-expect: PIN502
                .build();
    }

    static ConnectionSpec okHttpModern() {
        return new ConnectionSpec.Builder(ConnectionSpec.MODERN_TLS)
                .tlsVersions(TlsVersion.TLS_1_3, TlsVersion.TLS_1_2) // pinscan-negative: PIN502
                .build();
    }

    static void forceJvmWide() {
        System.setProperty("https.protocols", "TLSv1,TLSv1.1"); // pinscan-expect: PIN502
        System.setProperty("jdk.tls.client.protocols", "TLSv1.2,TLSv1.3"); // pinscan-negative: PIN502
    }

    static SSLContext modern() throws NoSuchAlgorithmException {
        return SSLContext.getInstance("TLSv1.2"); // pinscan-negative: PIN502
    }

    static List<String> supportedNames() {
        return List.of("TLSv1", "TLSv1.1", "TLSv1.2"); // pinscan-negative: PIN502
    }
}
