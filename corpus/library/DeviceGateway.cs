using System.Net.Http;
using System.Net.Security;

namespace Contoso.Gateway
{
    // The gateway accepts any device certificate at the TLS layer and checks it against the
    // device registry afterwards: a server's check of its clients, not a client's trust.
    public static class DeviceGateway
    {
        public static SslServerAuthenticationOptions ServerOptions()
        {
            var options = new SslServerAuthenticationOptions();
            options.ClientCertificateRequired = true;
            options.RemoteCertificateValidationCallback = (sender, cert, chain, errors) => true; // pinscan-expect: PIN501@note
            return options;
        }

        // The gateway's own calls to the registry: a client that trusts any server.
        public static HttpClient RegistryClient()
        {
            var handler = new HttpClientHandler
            {
                ServerCertificateCustomValidationCallback = (message, cert, chain, errors) => true, // pinscan-expect: PIN501@warning
            };
            return new HttpClient(handler);
        }
    }
}
