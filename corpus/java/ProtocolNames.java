package com.contoso.net.tls;

/**
 * The protocol names a TLS library accepts, one constant per protocol. A table of names is a
 * library's vocabulary: nothing here chooses a version for a connection.
 */
public final class ProtocolNames {
    public static final String SSL_V3 = "SSLv3"; // pinscan-negative: PIN502
    public static final String TLS_v1 = "TLSv1"; // pinscan-negative: PIN502
    public static final String TLS_1_1 = "TLSv1.1"; // pinscan-negative: PIN502
    public static final String PROTO_TLSv1_0 = "TLSv1.0"; // pinscan-negative: PIN502
    public static final String TLS_V1_2 = "TLSv1.2"; // pinscan-negative: PIN502

    /** What this library offers when the caller names nothing: old versions included. */
    static final String DEFAULT_PROTOCOL = "TLSv1"; // pinscan-expect: PIN502

    private ProtocolNames() {}
}
