using System;
using System.Collections.Generic;
using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Authentication;
using System.Security.Cryptography.X509Certificates;
using System.Threading.Tasks;

namespace Contoso.Plant.Gateway
{
    /// Connection to the on-premises gateway appliance. Firmware 4.x only speaks TLS 1.0/1.1
    /// and presents a self-signed certificate.
    internal sealed class LegacyGatewayConnection : IDisposable
    {
        private readonly TcpClient _client = new TcpClient();
        private SslStream? _stream;

        static LegacyGatewayConnection()
        {
            ServicePointManager.SecurityProtocol = SecurityProtocolType.Tls | SecurityProtocolType.Tls11 | SecurityProtocolType.Tls12; // pinscan-expect: PIN502
            ServicePointManager.ServerCertificateValidationCallback += AcceptGatewayCertificate;
        }

        public SslProtocols Protocols { get; set; } = SslProtocols.Tls11; // pinscan-expect: PIN502

        public async Task ConnectAsync(string host, int port)
        {
            await _client.ConnectAsync(host, port);
            _stream = new SslStream(_client.GetStream(), false, new RemoteCertificateValidationCallback(AcceptGatewayCertificate), null);
            await _stream.AuthenticateAsClientAsync(host, null, SslProtocols.Tls, checkCertificateRevocation: false); // pinscan-expect: PIN502
        }

        public async Task ConnectWithOptionsAsync(string host, int port)
        {
            await _client.ConnectAsync(host, port);
            _stream = new SslStream(_client.GetStream(), leaveInnerStreamOpen: false);
            var options = new SslClientAuthenticationOptions
            {
                TargetHost = host,
                EnabledSslProtocols = Protocols,
                RemoteCertificateValidationCallback = delegate { return true; }, // pinscan-expect: PIN501
            };
            await _stream.AuthenticateAsClientAsync(options);
        }

        // Older appliances: the stream is set up by hand, as on .NET Framework 4.0.
        public void ConnectFramework40(string host, int port)
        {
            ServicePointManager.SecurityProtocol = (SecurityProtocolType)768; // pinscan-expect: PIN502
            _client.Connect(host, port);
            _stream = new SslStream(
                _client.GetStream(),
                false,
                userCertificateValidationCallback: (sender, certificate, chain, errors) => true); // pinscan-expect: PIN501
            _stream.AuthenticateAsClient(host, new X509CertificateCollection(), SslProtocols.Ssl3 | SslProtocols.Tls, false); // pinscan-expect: PIN502
        }

        // The appliance's certificate is self-signed; log and accept whatever the chain says.
        private static bool AcceptGatewayCertificate(object sender, X509Certificate? certificate, X509Chain? chain, SslPolicyErrors sslPolicyErrors) // pinscan-expect: PIN501
        {
            if (sslPolicyErrors != SslPolicyErrors.None)
            {
                Console.Error.WriteLine($"gateway certificate not trusted: {sslPolicyErrors}");
            }

            return true;
        }

        // Firmware 5 and later negotiate TLS 1.2; older ones top out at TLS 1.1.
        public static SslProtocols ProtocolsFor(Version firmware) =>
            firmware.Major < 5 ? System.Security.Authentication.SslProtocols.Tls11 : SslProtocols.None; // pinscan-expect: PIN502

        public string NegotiatedProtocol() => _stream?.SslProtocol switch
        {
            SslProtocols.Tls => "TLS 1.0", // pinscan-negative: PIN502
            SslProtocols.Tls11 => "TLS 1.1", // pinscan-negative: PIN502
            SslProtocols.Tls12 => "TLS 1.2",
            _ => "other",
        };

        public bool IsLegacy()
        {
            bool legacy = _stream != null && (_stream.SslProtocol == SslProtocols.Tls || _stream.SslProtocol == SslProtocols.Tls11); // pinscan-negative: PIN502
            return legacy || Protocols.HasFlag(SslProtocols.Tls11); // pinscan-negative: PIN502
        }

        public void Dispose()
        {
            _stream?.Dispose();
            _client.Dispose();
        }
    }
}
