using System;
using System.Net.Http;
using System.Net.Security;
using System.Security.Cryptography.X509Certificates;

namespace Telemetry.Uplink
{
    // A transport library with its own validation hook: only the lambda's parameter types
    // say it is a certificate callback.
    public sealed class UplinkConnector
    {
        private const string PinnedThumbprint = "3B1EFD3A66EA28B16697394703A72CA340A05BD5"; // pinscan-expect: PIN102

        public void OnValidate(Func<object, X509Certificate?, X509Chain?, SslPolicyErrors, bool> hook) { }

        public void Configure(bool lab)
        {
            OnValidate((object sender, X509Certificate? cert, X509Chain? chain, SslPolicyErrors errors) =>
                cert is X509Certificate2 c2 && c2.Thumbprint == PinnedThumbprint); // pinscan-expect: PIN111

            if (lab)
            {
                OnValidate((object sender, X509Certificate? cert, X509Chain? chain, SslPolicyErrors errors) => true); // pinscan-expect: PIN501
            }

            // Checks the policy errors only: the platform decides.
            OnValidate((object sender, X509Certificate? cert, X509Chain? chain, SslPolicyErrors errors) => errors == SslPolicyErrors.None); // pinscan-negative: PIN111, PIN501
        }
    }
}
