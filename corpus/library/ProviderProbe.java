package com.contoso.tls;

/**
 * A self-signed certificate and its private key, used only to ask the TLS provider whether
 * it can load key material. This side's own identity: nothing trusts it.
 */
final class ProviderProbe {

    static final String PROBE_CERT =
            "-----BEGIN CERTIFICATE-----\n" + // pinscan-expect: PIN201@note
            "MIIDIzCCAgugAwIBAgIULkmJ7rI6boMzQV/bdMcMGazflo8wDQYJKoZIhvcNAQEL\n" +
            "BQAwIDEeMBwGA1UEAwwVcHJvYmUuY29udG9zby5leGFtcGxlMCAXDTI2MTIwNTA1\n" +
            "MzM0OFoYDzIxMjYxMTExMDUzMzQ4WjAgMR4wHAYDVQQDDBVwcm9iZS5jb250b3Nv\n" +
            "LmV4YW1wbGUwggEiMA0GCSqGSIb3DQEBAQUAA4IBDwAwggEKAoIBAQDTN5rNCDKl\n" +
            "d7+8g3TM2/CUq4WJSIBlL83dVyql+oCstnnVysP7wJrtw87C0/2IEPEowvt5mhRL\n" +
            "REhkeiCSHqpDnLX7n+U/lN2MEo6k7ResIhOBWJufVsPBU9Fo77pIClIAbV/FAnnX\n" +
            "Rsl+SXvk82xYUoFYjDnUK64iAgCxv9XUAL25dctY5xe+/TX5aDtWWihq81Nbuiqn\n" +
            "+JoyOpx6qsUn/mJNa693grMwS9/yiGIKIywT5sHeGuV2euBgQSpOfQNwuPQq5Md9\n" +
            "aox9PT6FF1nU4O/7e8etTCxD7jgNAebzYffT/pvKoR+9UHUqZ58D3ZeQWh27cFun\n" +
            "bobStQKm3IU/AgMBAAGjUzBRMB0GA1UdDgQWBBRruo5POBpKyN9np0QI5FJWtWaS\n" +
            "2DAfBgNVHSMEGDAWgBRruo5POBpKyN9np0QI5FJWtWaS2DAPBgNVHRMBAf8EBTAD\n" +
            "AQH/MA0GCSqGSIb3DQEBCwUAA4IBAQCx0jS/0cwEVfEaUHfkzb1XXPDXgmNEnpG8\n" +
            "ZallSpEP/Jhmgd5F+oUyGkMYjcmirrTXSE2zYhe/0mQUWG3qdNKOamozEapwaLtk\n" +
            "EMpl2YTUeAik9FikBz6e4vjt98MOBTcLfBfeRowl4lDdHDnFMjUyF7XwuT8lsQQE\n" +
            "THWpkfMidklC8p9Mwa1wn1JvzVpO/hnqJa42X4ij5HyL4sp2wLwUrV/AD57/JuVq\n" +
            "b3wwsfO09snRR24tW4KcYkQ4MTJSi4ONWuvLH+z50/06b2U7fzO2qmrrHSaElWui\n" +
            "uj4Up4sI9eak+rjs2QWA/8KS01wgjxOzv5qeDJBLS9kQ1otlfJze\n" +
            "-----END CERTIFICATE-----";

    static final String PROBE_KEY =
            "-----BEGIN PRIVATE KEY-----\n" +
            "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQDTN5rNCDKld7+8\n" +
            "g3TM2/CUq4WJSIBlL83dVyql+oCstnnVysP7wJrtw87C0/2IEPEowvt5mhRLREhk\n" +
            "eiCSHqpDnLX7n+U/lN2MEo6k7ResIhOBWJufVsPBU9Fo77pIClIAbV/FAnnXRsl+\n" +
            "SXvk82xYUoFYjDnUK64iAgCxv9XUAL25dctY5xe+/TX5aDtWWihq81Nbuiqn+Joy\n" +
            "Opx6qsUn/mJNa693grMwS9/yiGIKIywT5sHeGuV2euBgQSpOfQNwuPQq5Md9aox9\n" +
            "PT6FF1nU4O/7e8etTCxD7jgNAebzYffT/pvKoR+9UHUqZ58D3ZeQWh27cFunbobS\n" +
            "tQKm3IU/AgMBAAECggEALADiHcQO9R0ZE3eZnlJV8Us4o0y4/xux+mJ+Dp09MH5F\n" +
            "rK41HV5XiKBqE3nh0HajH1hb1s4sWy/rGw+8eGSuGS7tVPJPausjKtr039RLQb/J\n" +
            "q4FfzpbfaogBUSjceMS5p8AhmyQ0aQ6kzMwXZS/3iwEJVH7GT3cYLJqZNW7fZ+6s\n" +
            "guOE221eczGS4h2cBAhXBWG/bOpn3D8ChfFFZvZFQoN9CIckqpybDlqRoJqI6m9K\n" +
            "im+SRt7M0DwcYu7xAlSu0JaxPF25KK5vJz7rUjqM3eCLl5epi8UzOayaKKh7HNRE\n" +
            "qgJAUeJxUs91FBq5uUN2V/+FNoLRSs4NYiYpQuGkqQKBgQD3rNZ2mP2+CI/jUgs8\n" +
            "ADp3mRTvTnQRqohrGJLlwDMOfKrRbzkcoYJ3L50oDwxPqu7PS+0PM0bGCiOsF7Sk\n" +
            "f0NdXhwMUnsaVq0aWsjAhPes7u6pqM3vhSNsqwPMZyPwPQ0xcec7wbtMN8eQt/ZJ\n" +
            "Y4iCtkdBGq+Yu8f2p8bs4tVgJwKBgQDaUQ740g6byR7AIU/Z8lvlLKQEW/0P5Lzi\n" +
            "Xh+v5iuMPhhQ0+tbub/Q/5yFotBLnZJfzhOKXaJlGMFtxPT1wl5eDyJ7eHiSla5A\n" +
            "k1iXXbv/86KnhOoQ54Feip9LFYTxsNvDl/hpwQP9oP0PBGnRrMwmXWi0JYdmccB9\n" +
            "lTi9KbNJKQKBgAwvHH3JGPJ4SVvNdXAGMtofVcBQA7W6xes+0jsrMVfNGjojVpPp\n" +
            "/hkO5pRJ6TkiF41rFsZgp2KmrQqSP/i3qgC12Htis1ugV/Or86RE5kpDlsoR28+k\n" +
            "pRF7eDxd9o6i8js0d0OhTC17sP2VjzAdDWIgxXCWd3zz/+pKZqbQod6RAoGAMJJ6\n" +
            "R0fM8kIj8lE3B+GRKoLtFv80ZXXZxG92k1cddz1VgZ40rhq8n45PT7gyqbAsId6i\n" +
            "oFVGzUFdv8NjUM5m2nx5ioj6Inrk4v8lZb/4FPEqziSXQx2Ove8Pk8/83R0hN/o2\n" +
            "zaig76wCwXWU6Y6NeTetFO+ImXVTg11Q211Mw0kCgYEA4QEBhCrYSWUa7g196VJr\n" +
            "D59gbXOKt6AJ0lUkA4Q/1ZnMRko2k64NiUrqye+y6UCnro6PlQCCdGmHzIICqr9t\n" +
            "fS2E2LHwb1/r2wEVRaOGXg452f9ZaSlDt6bxKiICPwn6zOCIuaXuUUjPqCXuiZd5\n" +
            "+vSm8ZRccsHve1Sc7FZUU/Y=\n" +
            "-----END PRIVATE KEY-----";

    private ProviderProbe() {}
}
