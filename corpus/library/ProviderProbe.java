package com.contoso.tls;

/**
 * A self-signed certificate and its private key, used only to ask the TLS provider whether
 * it can load key material. This side's own identity: nothing trusts it.
 */
final class ProviderProbe {

    static final String PROBE_CERT =
            "-----BEGIN CERTIFICATE-----\n" + // pinscan-expect: PIN201@note
            "MIIDIDCCAgigAwIBAgIUdUTjego/jEjw7gCdmvyucyvQGSAwDQYJKoZIhvcNAQEL\n" +
            "BQAwIDEeMBwGA1UEAwwVcHJvYmUuY29udG9zby5leGFtcGxlMCAXDTI2MTIwNTA1\n" +
            "NDUzOVoYDzIxMjYxMTExMDU0NTM5WjAgMR4wHAYDVQQDDBVwcm9iZS5jb250b3Nv\n" +
            "LmV4YW1wbGUwggEiMA0GCSqGSIb3DQEBAQUAA4IBDwAwggEKAoIBAQDjbImwV8jc\n" +
            "UAYhh4Q4yzmeaNBmuesgZ8fubaTDG1/CSaUqit8e8Zlbe/uf1xOoKJKVllXaR6ms\n" +
            "O9UOHbSChwuGJUCzLIHSwSQ2UhCegiKjSoRi6/G/6liKJL2M29zRcpIAMCDVemdq\n" +
            "lvWSZ8kZfr1eHXEuXRF1sVMduFWb55Hf/Ov/KZ8J8gum2MfNr9AdRV4zKUimnPt4\n" +
            "QL2pglQJYi1ct9s24cIHQXbMO/1KO0sFam9TIgLPSb65Lx8EgUc9RkMvjY1iTNJx\n" +
            "GyEz0ppNfa0E1LQK5IbDGuDpQwITF0MWkp6pPik4mrLqtTsS4F/DgsHBk4fcDK+3\n" +
            "Yoe48tk8jkedAgMBAAGjUDBOMB0GA1UdDgQWBBS/z1OhtjhapvRh4X87qc9iW8fD\n" +
            "5DAfBgNVHSMEGDAWgBS/z1OhtjhapvRh4X87qc9iW8fD5DAMBgNVHRMBAf8EAjAA\n" +
            "MA0GCSqGSIb3DQEBCwUAA4IBAQCMxsSmxy9xnfKLwb5XU1OW2bzH9KGM6TjFZ1eQ\n" +
            "wcqDqm7a2+Ic867+s32tvKGX0u6uK/+xygm7+cbXNDv0Wq8r8kNM9LtccIyAObPI\n" +
            "o8anuXhgMXsTscLwLiGylP89a1+PHfqrxdCf2vnjGBmeyFQOtalSfwVrz6s7mML6\n" +
            "it6kCOLr8fBPUhsAGMwlnap+TU1C5tVtnZECug3vdZYN6IpL7zFT2Xq0FVWTNfq1\n" +
            "lIDpcNu/KpIxbCDP81S7XIDjPluIJfmubZBlz0FtV38Dt+bsdqxq3G3mS/2ZsP6d\n" +
            "oFCmG+RXUIXWufyjx21lQ6dQSwTZiDkoJG0JTmXYOBXCtNwv\n" +
            "-----END CERTIFICATE-----";

    static final String PROBE_KEY =
            "-----BEGIN PRIVATE KEY-----\n" +
            "MIIEvgIBADANBgkqhkiG9w0BAQEFAASCBKgwggSkAgEAAoIBAQDjbImwV8jcUAYh\n" +
            "h4Q4yzmeaNBmuesgZ8fubaTDG1/CSaUqit8e8Zlbe/uf1xOoKJKVllXaR6msO9UO\n" +
            "HbSChwuGJUCzLIHSwSQ2UhCegiKjSoRi6/G/6liKJL2M29zRcpIAMCDVemdqlvWS\n" +
            "Z8kZfr1eHXEuXRF1sVMduFWb55Hf/Ov/KZ8J8gum2MfNr9AdRV4zKUimnPt4QL2p\n" +
            "glQJYi1ct9s24cIHQXbMO/1KO0sFam9TIgLPSb65Lx8EgUc9RkMvjY1iTNJxGyEz\n" +
            "0ppNfa0E1LQK5IbDGuDpQwITF0MWkp6pPik4mrLqtTsS4F/DgsHBk4fcDK+3Yoe4\n" +
            "8tk8jkedAgMBAAECggEAERHZd9Hu8pJTE3svcm/WgExPsBYuTr1bZUr3fel1E4kh\n" +
            "i4Lm4lSx9QrmRQYIpKt+7Rlekkaktpe7ExcpsE5gkA4FwC0MBXyXsjgQpUURQn5a\n" +
            "V25sM8JsKNo/G+54sYPO75KtNDi+wGJaRkXh8zbvEbxV/Wvg3puTqHxoeI42BcC6\n" +
            "2zp6L7VBfxawIlHzV29ZgAkFH39IWLo/TUU7a8JHv0H0PRD3yubL7t6kSY9JRvTW\n" +
            "b3HfKHaRg7wd0sWRSA6H/CNnG15ggdxgWRBxRrsDIXfHOTAxvfmMOq52o59WOR32\n" +
            "opynln+fQ9DqcB0V+HxJkzcg8JQ4IK4E1MQ4/O09AQKBgQD6Iimf1VW5CoXmDREW\n" +
            "SM5IpqBb3r7T+HO9yMQpKM9teX+VjAaJJCYu7oMPo7RmAGcy/x1K8qcug1Mft5KX\n" +
            "DGxJ1E00LU3kcB68E1NLiVnq50QyH+4FsXXrDDndvBhSl1ULvSsHqwnekqFV6DV5\n" +
            "8UFZ/tx1xv20wLnb8h1jI6ITQQKBgQDowgY4cXphRNRn0KUXv2de24+uqpk0j79C\n" +
            "NLZt22/AEVh2A67jixIuidndCcuZmLR5XCxX+yWBQhvTOc/tkbaidjCDvPWRgsmX\n" +
            "EL04o4uyD6x4f/DIdpfIavkl5YsMKQwlV2yv1LKeJPZE+friM1q/RVvUvRjvkkKW\n" +
            "gJKmmAAJXQKBgQDjm4CK24JUjdnHu24n+/oRq+XRkz/L/JG9SVoOJf+SG3PYLgGo\n" +
            "e0dvf0OtUIaQJp/BjNkn4OP19DQIcW+nmPtUtyXFa9AsJUYiV+d8nbA/i0/H2Lwr\n" +
            "XA7z4j0posXzKZeOxgTIxn+Fk6HRXSqEGt8fuET9uyQTfSfil07cbolFwQKBgBcn\n" +
            "DaVZrFm2lgZJm9Jz6J1n66/tKlYvIlA8nBTraf9J+mmqzh+2OrXEYpZ5HfaGWRVl\n" +
            "VMffpIhqAgiNzKAOCYO5i/PevPKfdtv+/0N+CSxKINbPqyzVlx2JfoUFg0JPZvTj\n" +
            "8FzBJI9Uj+amkw0jHJjAFnVf5fYWr2b3HR9TKVXFAoGBAKshke1Mjc5uYmKIADzz\n" +
            "cpZ8513+wcEKgz85AwgW2baggSBKRTmyU1NPIcYtiid4eVnRJwqMBrkp9CuokhHv\n" +
            "Yumb32C0wWSFvoVr7I62/VdfjwecrnDI+/XL9A1TUEFgRQ6u5Q7zA7dlCqTSqnah\n" +
            "LpHZHWEMNUVNYgzC0ArGIIEP\n" +
            "-----END PRIVATE KEY-----";

    private ProviderProbe() {}
}
