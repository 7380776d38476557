using Npgsql;

namespace Fabrikam.Reporting
{
    public static class ReportingDatabase
    {
        public static NpgsqlDataSource Plain()
        {
            var csb = new NpgsqlConnectionStringBuilder { Host = "reports.fabrikam.example" };
            csb.SslMode = SslMode.Disable; // pinscan-expect: PIN503@warning
            return new NpgsqlDataSourceBuilder(csb.ConnectionString).Build();
        }

        public const string Archive = "Host=archive.fabrikam.example;Database=arch;SslMode=Disable;Username=reader"; // pinscan-expect: PIN503@warning

        // Encrypted connections and code that only reads the setting are not reported.
        public static NpgsqlConnectionStringBuilder Encrypted() => new NpgsqlConnectionStringBuilder
        {
            Host = "reports.fabrikam.example",
            SslMode = SslMode.VerifyFull,
        };

        public static bool IsPlain(NpgsqlConnectionStringBuilder b) => b.SslMode switch
        {
            SslMode.Disable => true,
            _ => false,
        };
    }
}
