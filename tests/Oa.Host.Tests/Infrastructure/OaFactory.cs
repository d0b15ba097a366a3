using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Npgsql;

namespace Oa.Host.Tests.Infrastructure;

/// <summary>
/// The real host over a database of its own: a fresh SQLite file, or a fresh PostgreSQL database on the server
/// named by OA_TEST_POSTGRES (test.sh starts one on 127.0.0.1). The demo organisation and an admin are loaded.
/// </summary>
public class OaFactory : WebApplicationFactory<Program>
{
    public const string AdminPassword = "Admin@Test1";
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "oa-tests", Guid.NewGuid().ToString("N"));
    private string? _pgDatabase;

    public OaFactory() : this("Sqlite") { }

    protected OaFactory(string provider) => Provider = provider;

    public string Provider { get; }

    public string DataDirectory => _dir;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Directory.CreateDirectory(_dir);
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", Provider);
        builder.UseSetting("ConnectionStrings:Oa", Provider == "Postgres" ? CreatePostgresDatabase() : $"Data Source={Path.Combine(_dir, "oa.db")}");
        builder.UseSetting("Storage:DataDirectory", _dir);
        builder.UseSetting("Bootstrap:AdminUserName", "admin");
        builder.UseSetting("Bootstrap:AdminPassword", AdminPassword);
        builder.UseSetting("Bootstrap:DemoData", "true");
        builder.UseSetting("Security:LockoutAttempts", "5");
        // Tests publish their own fixtures; the shipped Definitions/ have a test of their own.
        builder.UseSetting("Definitions:ImportOnStart", "false");
    }

    private string CreatePostgresDatabase()
    {
        var server = Environment.GetEnvironmentVariable("OA_TEST_POSTGRES")
            ?? throw new InvalidOperationException("OA_TEST_POSTGRES is not set: run the tests through ./test.sh, which starts PostgreSQL on 127.0.0.1, or point it at a server.");
        _pgDatabase = "oa_test_" + Guid.NewGuid().ToString("N")[..12];
        using var conn = new NpgsqlConnection(server);
        conn.Open();
        using var cmd = conn.CreateCommand();
        cmd.CommandText = $"CREATE DATABASE {_pgDatabase}";
        cmd.ExecuteNonQuery();
        return new NpgsqlConnectionStringBuilder(server) { Database = _pgDatabase }.ToString();
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (_pgDatabase is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var conn = new NpgsqlConnection(Environment.GetEnvironmentVariable("OA_TEST_POSTGRES"));
            await conn.OpenAsync();
            await using var cmd = conn.CreateCommand();
            cmd.CommandText = $"DROP DATABASE IF EXISTS {_pgDatabase} WITH (FORCE)";
            await cmd.ExecuteNonQueryAsync();
        }
        try { Directory.Delete(_dir, true); } catch (IOException) { } // SQLite may still hold the file briefly
        GC.SuppressFinalize(this);
    }
}

public sealed class PostgresOaFactory() : OaFactory("Postgres");
