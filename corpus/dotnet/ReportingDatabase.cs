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

        // Npgsql 6+ and the MySQL .NET drivers validate nothing in these modes.
        public static NpgsqlDataSource Unverified()
        {
            var csb = new NpgsqlConnectionStringBuilder { Host = "reports.fabrikam.example" };
            csb.SslMode = SslMode.Require; // pinscan-expect: PIN506@note
            return new NpgsqlDataSourceBuilder(csb.ConnectionString).Build();
        }

        public const string Replica = "Host=replica.fabrikam.example;Database=arch;Ssl Mode=Prefer;Username=reader"; // pinscan-expect: PIN506@note

        public static MySqlConnectionStringBuilder Warehouse() => new MySqlConnectionStringBuilder
        {
            Server = "warehouse.fabrikam.example",
            SslMode = MySqlSslMode.Required, // pinscan-expect: PIN506@note
        };

        public static bool IsUnverified(NpgsqlConnectionStringBuilder b) =>
            b.SslMode == SslMode.Require || b.SslMode == SslMode.Prefer; // pinscan-negative: PIN506

        public static bool IsPlain(NpgsqlConnectionStringBuilder b) => b.SslMode switch
        {
            SslMode.Disable => true,
            _ => false,
        };
    }
}
