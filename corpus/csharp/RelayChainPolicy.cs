using System;
using System.IO;
using System.Net.Http;
using System.Net.Security;
using System.Security.Cryptography.X509Certificates;

namespace Contoso.Relay.Client
{
    /// Builds the relay's chain against the roots shipped with the app instead of the machine store.
    public static class RelayChainPolicy
    {
        private static readonly string CertDirectory = Path.Combine(AppContext.BaseDirectory, "certs");

        public static HttpClientHandler CreateHandler()
        {
            var root = new X509Certificate2(Path.Combine(CertDirectory, "BaltimoreCyberTrustRoot.crt.pem"));
            return new HttpClientHandler
            {
                ServerCertificateCustomValidationCallback = (request, certificate, chain, errors) =>
                {
                    if (certificate is null || chain is null)
                    {
                        return false;
                    }

                    chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
                    chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
                    chain.ChainPolicy.CustomTrustStore.Add(root); // pinscan-expect: PIN309[Baltimore CyberTrust Root]@error
                    return chain.Build(certificate);
                },
            };
        }

        // The same, with the root loaded from a PEM bundle next to the binary.
        public static bool ValidateWithBundle(HttpRequestMessage request, X509Certificate2? certificate, X509Chain? chain, SslPolicyErrors errors) // pinscan-negative: PIN111, PIN501
        {
            if (certificate is null)
            {
                return false;
            }

            using var custom = new X509Chain();
            custom.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
            custom.ChainPolicy.CustomTrustStore.ImportFromPemFile(Path.Combine(CertDirectory, "relay-roots.pem")); // pinscan-expect: PIN309
            return custom.Build(certificate);
        }

        public static X509ChainPolicy PolicyFor(X509Certificate2 digiCertG2, X509Certificate2 microsoftRsa2017)
        {
            return new X509ChainPolicy
            {
                TrustMode = X509ChainTrustMode.CustomRootTrust,
                RevocationMode = X509RevocationMode.Online,
                CustomTrustStore =
                {
                    digiCertG2, // pinscan-expect: PIN309
                    microsoftRsa2017, // pinscan-expect: PIN309
                },
            };
        }

        public static X509Chain WithSystemTrust(X509Certificate2 intermediate)
        {
            var chain = new X509Chain();
            chain.ChainPolicy.TrustMode = X509ChainTrustMode.System; // pinscan-negative: PIN309
            chain.ChainPolicy.ExtraStore.Add(intermediate); // pinscan-negative: PIN309
            return chain;
        }
    }
}
