/* A device's TLS identity and the root it trusts, side by side: the device key is its
 * own, the root is a trust anchor all the same. */
static const char devices_root_ca[] =
    "-----BEGIN CERTIFICATE-----\n" /* pinscan-expect: PIN201@warning */
    "MIIBvzCCAWWgAwIBAgIULy7jyD6OXQ7mixvprkHzzZ9f9PAwCgYIKoZIzj0EAwIw\n"
    "NDEgMB4GA1UEAwwXQ29udG9zbyBEZXZpY2VzIFJvb3QgQ0ExEDAOBgNVBAoMB0Nv\n"
    "bnRvc28wIBcNMjYxMjA1MDU0NTM5WhgPMjEyNjExMTEwNTQ1MzlaMDQxIDAeBgNV\n"
    "BAMMF0NvbnRvc28gRGV2aWNlcyBSb290IENBMRAwDgYDVQQKDAdDb250b3NvMFkw\n"
    "EwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEqVjJIXsoP4FW+UJmuPLmqyQ7mEpWbOTP\n"
    "2Rl0c7TsUKhI28/x6ajQVLPqyyEVDRlbXYXx6f2OXLsrkyaMBz4JvaNTMFEwHQYD\n"
    "VR0OBBYEFBA7cCAS9VVfYfLIUOTMqdJEYRRkMB8GA1UdIwQYMBaAFBA7cCAS9VVf\n"
    "YfLIUOTMqdJEYRRkMA8GA1UdEwEB/wQFMAMBAf8wCgYIKoZIzj0EAwIDSAAwRQIh\n"
    "ALYFUXVtYpOJ29WAo31V/6CwmnplU2EtWf7mOuGcoPBVAiAdWiwqKyG5GwXNmNdA\n"
    "Ye+xSW1hKEqBZBhzA0GHhKcDbg==\n"
    "-----END CERTIFICATE-----\n";

static const char device_private_key[] =
    "-----BEGIN PRIVATE KEY-----\n"
    "MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgK9m7c3f94D/+BSVN\n"
    "bG+SYaqJhWYFaJxz/6Ij14PMvrOhRANCAATizt/3iOPirGOv/xsv2Sf1YlGVTGsb\n"
    "Eh8V9CJamsmAvv7m70nsCB1zGnd3/dzsfY+73We1sPwIrlCrONtk4BEz\n"
    "-----END PRIVATE KEY-----\n";
