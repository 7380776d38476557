// Validation callbacks that decide in helpers, and name checks (subject, CN, SAN).
using System;
using System.Linq;
using System.Net.Http;
using System.Net.Security;
using System.Security.Cryptography.X509Certificates;

namespace Contoso.Telemetry
{
    public static class HelperValidation
    {
        private const string UplinkThumbprint = "3B1EFD3A66EA28B16697394703A72CA340A05BD5"; // pinscan-expect: PIN102
        private static readonly string[] BrokerNames = { "broker-a.contoso.example", "broker-b.contoso.example" };

        // The callback calls a helper that compares the thumbprint.
        public static HttpClientHandler Uplink() => new HttpClientHandler
        {
            ServerCertificateCustomValidationCallback = (message, cert, chain, errors) => IsUplinkCert(cert),
        };

        private static bool IsUplinkCert(X509Certificate2 cert)
        {
            var thumb = cert.GetCertHashString();
            return string.Equals(thumb, UplinkThumbprint, StringComparison.OrdinalIgnoreCase); // pinscan-expect: PIN380
        }

        // A helper builds the validator and returns it.
        public static HttpClientHandler Ledger(byte[] expectedKey) => new HttpClientHandler
        {
            ServerCertificateCustomValidationCallback = CreateKeyValidator(expectedKey),
        };

        private static Func<HttpRequestMessage, X509Certificate2, X509Chain, SslPolicyErrors, bool> CreateKeyValidator(byte[] expectedKey)
        {
            return (request, cert, chain, errors) =>
                errors == SslPolicyErrors.None && cert.GetPublicKey().SequenceEqual(expectedKey); // pinscan-expect: PIN380
        }

        // A method group: the simple name (CN) against fixed broker names.
        public static SslStream Broker(System.IO.Stream inner) =>
            new SslStream(inner, false, new RemoteCertificateValidationCallback(ValidateBrokerName));

        private static bool ValidateBrokerName(object sender, X509Certificate certificate, X509Chain chain, SslPolicyErrors errors)
        {
            var cert = new X509Certificate2(certificate);
            var cn = cert.GetNameInfo(X509NameType.SimpleName, false);
            return errors == SslPolicyErrors.None && BrokerNames.Contains(cn); // pinscan-expect: PIN380
        }

        // Negative: the helper only logs and keeps the platform's verdict.
        public static HttpClientHandler Logged() => new HttpClientHandler
        {
            ServerCertificateCustomValidationCallback = (message, cert, chain, errors) => LogAndDecide // pinscan-negative: PIN111, PIN380(cert, errors),
        };

        private static bool LogAndDecide(X509Certificate2 cert, SslPolicyErrors errors)
        {
            Console.WriteLine($"server certificate {cert.Subject}: {errors}");
            return errors == SslPolicyErrors.None;
        }

        // Negative: the DNS name compared with the host being connected to is host-name
        // verification, not a pin.
        public static HttpClientHandler HostChecked() => new HttpClientHandler
        {
            ServerCertificateCustomValidationCallback = (message, cert, chain, errors) =>
                cert.GetNameInfo(X509NameType.DnsName, false) == message.RequestUri.Host // pinscan-negative: PIN111, PIN380,
        };
    }
}
