using System;
using System.Net.Http;
using System.Security.Cryptography.X509Certificates;

namespace Fabrikam.Fleet
{
    // The device's own certificate identity, registered with the hub: not a server pin.
    public sealed class DeviceIdentity
    {
        public string PrimaryThumbprint { get; set; }
        public string SecondaryThumbprint { get; set; }
    }

    public static class DeviceRegistration
    {
        public static DeviceIdentity Build() => new DeviceIdentity
        {
            PrimaryThumbprint = "6B1F2C3D4E5F60718293A4B5C6D7E8F901234567",
            SecondaryThumbprint = "0F1E2D3C4B5A69788796A5B4C3D2E1F0FEDCBA98",
        };

        public static object ViaCtor() =>
            new X509Thumbprint("6B1F2C3D4E5F60718293A4B5C6D7E8F901234567", null);

        // Selects which client certificate to present to the broker.
        public const string ClientCertificateThumbprint = "0F1E2D3C4B5A69788796A5B4C3D2E1F0FEDCBA98";

        public static readonly string deviceThumbprint = "A1B2C3D4E5F60718293A4B5C6D7E8F9012345678";

        // A server pin still fires.
        private const string GatewayServerThumbprint = "8E5B9A2C3D4F50617283A4B5C6D7E8F9AB12CD34"; // pinscan-expect: PIN102@warning

        public static bool Check(X509Certificate2 cert) => cert.Thumbprint == GatewayServerThumbprint;
    }

    public sealed class X509Thumbprint
    {
        public X509Thumbprint(string primary, string secondary) { }
    }
}
