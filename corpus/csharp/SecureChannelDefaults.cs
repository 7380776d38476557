using System;
using System.Net;
using System.Net.Http;
using System.Net.Security;
using System.Security.Authentication;
using System.Security.Cryptography.X509Certificates;

namespace Contoso.Plant.Gateway
{
    /// Process-wide TLS settings for the modern services: TLS 1.2+ and the platform's trust.
    public static class SecureChannelDefaults
    {
        public static void Harden()
        {
            // Turn the legacy protocols off, keep whatever the OS enables later.
            ServicePointManager.SecurityProtocol &= ~(SecurityProtocolType.Ssl3 | SecurityProtocolType.Tls | SecurityProtocolType.Tls11); // pinscan-negative: PIN502
            ServicePointManager.SecurityProtocol |= SecurityProtocolType.Tls12 | SecurityProtocolType.Tls13; // pinscan-negative: PIN502
        }

        // .NET Framework 4.0 has no SecurityProtocolType.Tls12 member: 3072 is TLS 1.2.
        public static void EnableTls12OnFramework40()
        {
            ServicePointManager.SecurityProtocol = (SecurityProtocolType)3072; // pinscan-negative: PIN502
        }

        public static void UseOperatingSystemDefault()
        {
            ServicePointManager.SecurityProtocol = SecurityProtocolType.SystemDefault; // pinscan-negative: PIN502
        }

        public static SslClientAuthenticationOptions ClientOptions(string host) => new SslClientAuthenticationOptions
        {
            TargetHost = host,
            EnabledSslProtocols = SslProtocols.Tls12 | SslProtocols.Tls13, // pinscan-negative: PIN502
            CertificateRevocationCheckMode = X509RevocationMode.Online,
            RemoteCertificateValidationCallback = (sender, certificate, chain, errors) => errors == SslPolicyErrors.None, // pinscan-negative: PIN111, PIN501
        };

        public static SocketsHttpHandler Handler() => new SocketsHttpHandler
        {
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            SslOptions = { EnabledSslProtocols = SslProtocols.None }, // pinscan-negative: PIN502
        };

        public static HttpClientHandler LegacyFreeHandler()
        {
            var handler = new HttpClientHandler { SslProtocols = SslProtocols.Tls12 }; // pinscan-negative: PIN502
            handler.ServerCertificateCustomValidationCallback = (request, cert, chain, errors) => // pinscan-negative: PIN111, PIN501
            {
                if (errors == SslPolicyErrors.None)
                {
                    return true;
                }

                Console.Error.WriteLine($"rejected {cert?.Subject} for {request.RequestUri}: {errors}");
                return false;
            };
            return handler;
        }
    }
}
