using System;
using System.Net.Http;
using System.Net.Security;
using System.Security.Cryptography.X509Certificates;

namespace Contoso.Telemetry
{
    /// Server certificate validation for the ingestion endpoint.
    public static class IngestionTrust
    {
        // Thumbprint of the root we expect at the top of the chain.
        private const string RootThumbprint = "A8985D3A65E5E5C4B2D7D66D40C6DD2FB19C5436"; // pinscan-expect: PIN102[DigiCert Global Root CA]@warning

        // Base64 SHA-1 of the server certificate, as logged by the ops tooling.
        private const string ServerCertFingerprint = "l1AQIfho/UEl0Y22fLl5xWIxEuQ="; // pinscan-expect: PIN106@warning

        // The server's public key, compared with the peer certificate's key.
        private const string ServerPublicKey =
            "-----BEGIN PUBLIC KEY-----\n" + // pinscan-expect: PIN204@warning
            "MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAElpkq0kQTiqUUEY+TLXMC0znSuGq9\n" +
            "hyNJbJHk/u6mqPPj4yo35dpo+qB7CVU4fYgxhYWau8Uy2J3kTg38t9AlpQ==\n" +
            "-----END PUBLIC KEY-----\n";

        // The Microsoft root's key: pinning it resolves to the catalog.
        private const string RootPublicKey =
            "-----BEGIN PUBLIC KEY-----\n" + // pinscan-expect: PIN204[Microsoft RSA Root Certificate Authority 2017]@warning
            "MIICIjANBgkqhkiG9w0BAQEFAAOCAg8AMIICCgKCAgEAylu+lDOMKZWRFgqVvUdi\n" +
            "wYnzmTbfRpDJpe14am9HkWj4J2dQMx2hpvvg5UOjhAJXAV2cSECCUxC8v8c7aJC2\n" +
            "gi3l9GXQzG0ZzJX5e6xKlK0O3ktDHYcHkhOQgINkNTkE/OXpbLO2H1CUOGVQXBdG\n" +
            "ubaFtRy1F+jWRZ3YsiawysRwSq5gpN2z2ez8O9VXcrw/yMmy3ktr+CNsA8AFvZXH\n" +
            "zXM7ZoBk4xqsLvlHBfIGtptz9XgzW8eh+ycqobSakYyR0zqCPnZAtM1SYVFwKD/F\n" +
            "xVryyYxJuxRbTcj/Z01MEpat9f54qJeH1/1eIIDcoUsi+9SJrbrOR5dHVXuPRchn\n" +
            "KISVHGgw7+9J4DV7ZOeYsJTaTYU7PlXEKK9X854T20Ynnx6iXkSDpKXK1ROzSz/E\n" +
            "48LmhmGkUjC5eiBPbw84U8szDBMrj9aavSrILbEcfUtRykfRSCdyXYfr1UXmSGWd\n" +
            "r1KQuluiGGVXEp9oudQVa5TEaSKY9DPg7flRjkFQyTRPdpCs/DjB2OF7uePjlOFG\n" +
            "acsOClBrE7qsDzdatxK1kIEeVq5XIobZydLR11HjqzvGVf0eDtN0CtHaquppuJco\n" +
            "j0jEB/hSQzr0ylU1LLCmasCc+fKB4RJqwEXZZ7PO/yOiiQpU1BS5KqjX7PmrzSVY\n" +
            "MnmPkFuYOcQIBsGsfw49AKUCAwEAAQ==\n" +
            "-----END PUBLIC KEY-----\n";

        public static HttpClientHandler Handler() => new HttpClientHandler
        {
            ServerCertificateCustomValidationCallback = (request, cert, chain, errors) =>
            {
                if (cert.Issuer.Contains("Microsoft Azure TLS Issuing CA 05")) // pinscan-expect: PIN107[Microsoft Azure TLS Issuing CA 05]@error, PIN111
                {
                    return true;
                }
                var top = chain.ChainElements[chain.ChainElements.Count - 1].Certificate;
                return top.Thumbprint == RootThumbprint && cert.GetPublicKeyString() != null; // pinscan-expect: PIN111
            },
        };

        // Not pins: an e-mail subject and a product name.
        public static string Subject(string s) => s.Replace("Root cause", "RCA");
        public const string Product = "Contoso Certification Authority Suite Installer";  // pinscan-negative: PIN107
    }
}
