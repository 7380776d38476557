using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Security;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using StackExchange.Redis;

namespace Contoso.Inventory.Infrastructure
{
    public sealed class CacheAndBrokerTls
    {
        private readonly IReadOnlyCollection<string> _trustedThumbprints;
        private readonly string _brokerSerial;

        public CacheAndBrokerTls(IReadOnlyCollection<string> trustedThumbprints, string brokerSerial)
        {
            _trustedThumbprints = trustedThumbprints;
            _brokerSerial = brokerSerial;
        }

        public ConfigurationOptions RedisOptions(string endpoint)
        {
            var options = ConfigurationOptions.Parse(endpoint);
            options.Ssl = true;
            options.CertificateValidation += (sender, certificate, chain, errors) =>
            {
                if (certificate == null)
                {
                    return false;
                }

                var thumbprint = certificate.GetCertHashString(HashAlgorithmName.SHA256);
                return _trustedThumbprints.Contains(thumbprint, StringComparer.OrdinalIgnoreCase); // pinscan-expect: PIN111
            };
            return options;
        }

        // Broker certificates are re-issued by the platform team; accept the current one by serial.
        public RemoteCertificateValidationCallback BrokerValidator()
        {
            RemoteCertificateValidationCallback validator = (sender, certificate, chain, errors) =>
                certificate is X509Certificate2 cert2 && cert2.SerialNumber switch
                {
                    var s when s.Equals(_brokerSerial, StringComparison.OrdinalIgnoreCase) => true, // pinscan-expect: PIN111
                    _ => false,
                };
            return validator;
        }

        // Accepts a chain that ends in one of the pinned roots' public keys.
        public SslClientAuthenticationOptions BrokerOptions(string host, byte[][] pinnedRootKeys)
        {
            bool RootMatches(object sender, X509Certificate? certificate, X509Chain? chain, SslPolicyErrors errors)
            {
                if (chain is null || chain.ChainElements.Count == 0)
                {
                    return false;
                }

                var top = chain.ChainElements[chain.ChainElements.Count - 1].Certificate;
                return pinnedRootKeys.Any(k => k.AsSpan().SequenceEqual(top.GetPublicKey())); // pinscan-expect: PIN111
            }

            return new SslClientAuthenticationOptions
            {
                TargetHost = host,
                RemoteCertificateValidationCallback = RootMatches,
            };
        }

        // Only checks that the platform validated the chain and that the certificate is still valid.
        public static bool ValidateStrict(object sender, X509Certificate? certificate, X509Chain? chain, SslPolicyErrors errors) // pinscan-negative: PIN111, PIN501
        {
            if (errors != SslPolicyErrors.None || certificate is null)
            {
                return false;
            }

            var cert = new X509Certificate2(certificate);
            return cert.NotAfter > DateTime.UtcNow.AddDays(7);
        }
    }
}
