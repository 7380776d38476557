using System.Net.Http;
using System.Net.Security;
using System.Security.Cryptography.X509Certificates;

namespace Contoso.Ingest
{
    public static class AcceptAllHandler
    {
        // Written over two lines: reported where it accepts, at the `true`.
        static readonly RemoteCertificateValidationCallback AcceptEverything =
            (sender, certificate, chain, errors) // pinscan-negative: PIN501
                => true; // pinscan-expect: PIN501@warning

        // Checks the platform's verdict: not reported.
        static readonly RemoteCertificateValidationCallback PlatformVerdict =
            (sender, certificate, chain, errors)
                => errors == SslPolicyErrors.None; // pinscan-negative: PIN501

        static bool called;

        // Records the call and accepts: the assignment's value is true.
        static bool Record(object sender, X509Certificate? certificate, X509Chain? chain, SslPolicyErrors errors) // pinscan-negative: PIN501
            => called = true; // pinscan-expect: PIN501@warning

        public static HttpClientHandler Create() => new HttpClientHandler
        {
            ServerCertificateCustomValidationCallback = (message, cert, chain, errors) => true, // pinscan-expect: PIN501
        };
    }
}
