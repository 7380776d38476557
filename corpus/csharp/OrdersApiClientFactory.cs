using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Net.Security;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Logging;

namespace Fabrikam.Orders.Client
{
    public sealed class OrdersApiOptions
    {
        public Uri BaseAddress { get; set; } = new Uri("https://orders.fabrikam.example/");
        public string PinnedThumbprint { get; set; } = string.Empty;
        public byte[] IssuingCaSpkiSha256 { get; set; } = Array.Empty<byte>();
        public bool AllowUntrustedCertificates { get; set; }
    }

    public static class OrdersApiClientFactory
    {
        // Accepted issuers of the orders API's server certificate (subject DNs of the issuing CAs).
        private static readonly HashSet<string> AllowedIssuers = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "CN=Fabrikam Issuing CA 01, O=Fabrikam Ltd, C=GB",
            "CN=Fabrikam Issuing CA 02, O=Fabrikam Ltd, C=GB",
        };

        // Leaf pinning: breaks on every renewal of the orders API's certificate.
        public static HttpClient CreatePinned(OrdersApiOptions options)
        {
            var handler = new HttpClientHandler
            {
                ServerCertificateCustomValidationCallback = (request, certificate, chain, sslErrors) =>
                    certificate != null &&
                    string.Equals(certificate.Thumbprint, options.PinnedThumbprint, StringComparison.OrdinalIgnoreCase), // pinscan-expect: PIN111
            };
            return new HttpClient(handler) { BaseAddress = options.BaseAddress };
        }

        // Pins the SubjectPublicKeyInfo of whichever CA in the chain matches.
        public static HttpClient CreateSpkiPinned(OrdersApiOptions options)
        {
            var handler = new HttpClientHandler();
            handler.ServerCertificateCustomValidationCallback = (message, cert, chain, errors) =>
            {
                if (errors != SslPolicyErrors.None || chain is null)
                {
                    return false;
                }

                foreach (X509ChainElement element in chain.ChainElements)
                {
                    byte[] spki = element.Certificate.PublicKey.ExportSubjectPublicKeyInfo();
                    if (CryptographicOperations.FixedTimeEquals(SHA256.HashData(spki), options.IssuingCaSpkiSha256)) // pinscan-expect: PIN111
                    {
                        return true;
                    }
                }

                return false;
            };
            return new HttpClient(handler) { BaseAddress = options.BaseAddress };
        }

        public static HttpClient CreateIssuerChecked(OrdersApiOptions options)
        {
            var handler = new HttpClientHandler { ServerCertificateCustomValidationCallback = ValidateIssuer };
            return new HttpClient(handler) { BaseAddress = options.BaseAddress };
        }

        private static bool ValidateIssuer(
            HttpRequestMessage request,
            X509Certificate2? certificate,
            X509Chain? chain,
            SslPolicyErrors errors)
        {
            if (errors != SslPolicyErrors.None || certificate is null)
            {
                return false;
            }

            string issuer = certificate.IssuerName.Name;
            return AllowedIssuers.Contains(issuer); // pinscan-expect: PIN111
        }

        public static HttpClient CreateForLocalDevelopment(OrdersApiOptions options)
        {
            var handler = new HttpClientHandler();
            if (options.AllowUntrustedCertificates)
            {
                handler.ServerCertificateCustomValidationCallback =
                    HttpClientHandler.DangerousAcceptAnyServerCertificateValidator; // pinscan-expect: PIN501
            }

            return new HttpClient(handler) { BaseAddress = options.BaseAddress };
        }

        public static HttpClient CreateForSmokeTests(Uri baseAddress)
        {
            var handler = new HttpClientHandler
            {
                ServerCertificateCustomValidationCallback = (_, _, _, _) => true, // pinscan-expect: PIN501
            };
            return new HttpClient(handler) { BaseAddress = baseAddress };
        }

        // Logs what failed and keeps the platform's decision: no pin, nothing disabled.
        public static HttpClient CreateWithDiagnostics(OrdersApiOptions options, ILogger logger)
        {
            var handler = new HttpClientHandler
            {
                ServerCertificateCustomValidationCallback = (request, cert, chain, errors) => // pinscan-negative: PIN111, PIN501
                {
                    if (errors != SslPolicyErrors.None)
                    {
                        logger.LogWarning(
                            "TLS validation failed for {Host}: {Errors} (server certificate {Subject}, issued by {Issuer})",
                            request.RequestUri?.Host, errors, cert?.Subject, cert?.Issuer);
                    }

                    return errors == SslPolicyErrors.None;
                },
            };
            return new HttpClient(handler) { BaseAddress = options.BaseAddress };
        }

        // Re-checks the chain with online revocation; still the system roots.
        private static bool ValidateWithRevocation(HttpRequestMessage request, X509Certificate2? certificate, X509Chain? chain, SslPolicyErrors errors) // pinscan-negative: PIN111, PIN501
        {
            if (certificate is null || errors != SslPolicyErrors.None)
            {
                return false;
            }

            using var strict = new X509Chain();
            strict.ChainPolicy.RevocationMode = X509RevocationMode.Online;
            strict.ChainPolicy.RevocationFlag = X509RevocationFlag.EntireChain;
            return strict.Build(certificate);
        }
    }
}
