"""Client for the Fabrikam API: trusts exactly one server certificate."""
import ssl

# The server certificate, pinned (it is renewed every year...).
SERVER_CERT = (
    "-----BEGIN CERTIFICATE-----\n"  # pinscan-expect: PIN201
    "MIIB7jCCAZSgAwIBAgICEAIwCgYIKoZIzj0EAwIwSDELMAkGA1UEBhMCR0IxFjAU\n"
    "BgNVBAoMDUZhYnJpa2FtIFRlc3QxITAfBgNVBAMMGEZhYnJpa2FtIElzc3Vpbmcg\n"
    "Um9vdCBDQTAeFw0yNjAxMDEwMDAwMDBaFw0yNjEyMzEwMDAwMDBaMEQxHTAbBgNV\n"
    "BAMMFGFwaS5mYWJyaWthbS5leGFtcGxlMRYwFAYDVQQKDA1GYWJyaWthbSBUZXN0\n"
    "MQswCQYDVQQGEwJHQjBZMBMGByqGSM49AgEGCCqGSM49AwEHA0IABD3G7Fw1tA2e\n"
    "W1P1mwrckJyHyq0Dif1Cp4cPCT76ghgNFreqOCJGD/zLqT41gPhzlJ9pP5PiHkL1\n"
    "oFLUmu3LTAOjcjBwMAwGA1UdEwEB/wQCMAAwCwYDVR0PBAQDAgeAMBMGA1UdJQQM\n"
    "MAoGCCsGAQUFBwMBMB0GA1UdDgQWBBQcQORwTM5PTQdV5Pasvp8B11oAdDAfBgNV\n"
    "HSMEGDAWgBRcF6URZR4TUjPTKaOgwo+xBgrhnjAKBggqhkjOPQQDAgNIADBFAiBW\n"
    "3CxjaylMCdYspNCEkrYAqjFMhHS6XnY3/oDTErxQ7gIhAJFaMBXX4g2rogngp8jI\n"
    "HRJLfmxdmjgbctZC4BRMK4q/\n"
    "-----END CERTIFICATE-----\n"
)


def context():
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    ctx.load_verify_locations(cadata=SERVER_CERT)  # pinscan-expect: PIN306
    return ctx


# Not certificates: a docstring that names the marker, and a replace() call.
def strip_armor(pem):
    return pem.replace("-----BEGIN CERTIFICATE-----", "").replace("-----END CERTIFICATE-----", "")  # pinscan-negative: PIN201
