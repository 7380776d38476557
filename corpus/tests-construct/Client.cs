using System.Net.Http;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Contoso.Status
{
    public static class ClientFactory
    {
        // [TestMethod] in a comment is not a test.
        public static HttpClient Create()
        {
            var handler = new HttpClientHandler
            {
                ServerCertificateCustomValidationCallback = (message, cert, chain, errors) => true, // pinscan-expect: PIN501@warning
            };
            return new HttpClient(handler);
        }
    }

    [TestClass]
    public class ClientFactoryChecks
    {
        [TestMethod]
        public void TalksToTheMock()
        {
            var handler = new HttpClientHandler
            {
                ServerCertificateCustomValidationCallback = (message, cert, chain, errors) => true, // pinscan-expect: PIN501@note
            };
            using var client = new HttpClient(handler);
        }
    }
}
