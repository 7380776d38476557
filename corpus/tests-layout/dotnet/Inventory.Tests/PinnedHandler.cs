using System.Net.Http;

public static class PinnedHandler
{
    public static HttpClientHandler Create() => new HttpClientHandler
    {
        ServerCertificateCustomValidationCallback = (msg, cert, chain, errors) => true, // pinscan-expect: PIN501@note
    };
}
