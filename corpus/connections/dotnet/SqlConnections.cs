using Microsoft.Data.SqlClient;
using Npgsql;

namespace Contoso.Warehouse.Data;

public static class SqlConnections
{
    // Azure SQL over a private endpoint; the certificate name differs from the IP we dial.
    public const string Warehouse =
        "Server=tcp:10.40.1.5,1433;Database=warehouse;Authentication=Active Directory Default;Encrypt=Strict;HostNameInCertificate=contoso-warehouse.database.windows.net"; // pinscan-expect: PIN324@note

    public static SqlConnection Open(string server)
    {
        var builder = new SqlConnectionStringBuilder
        {
            DataSource = $"tcp:{server}.database.windows.net,1433",
            InitialCatalog = "warehouse",
            Encrypt = SqlConnectionEncryptOption.Mandatory,
            TrustServerCertificate = true, // pinscan-expect: PIN503@warning
        };
        return new SqlConnection(builder.ConnectionString);
    }

    public static NpgsqlDataSource Postgres(string password) =>
        NpgsqlDataSource.Create(
            "Host=contoso-wh.postgres.database.azure.com;Database=warehouse;Username=wh;Password=" + password +
            ";SSL Mode=VerifyFull;Root Certificate=/app/certs/private-ca.pem"); // pinscan-expect: PIN320@warning

    public static NpgsqlDataSource Staging(string password) =>
        NpgsqlDataSource.Create(
            "Host=contoso-wh-staging.postgres.database.azure.com;Database=warehouse;Username=wh;Password=" + password +
            ";SSL Mode=Prefer"); // pinscan-expect: PIN504@warning
}
