using Npgsql;
using Oa.Host.Data;

namespace Oa.Host.Operations;

/// <summary>
/// Nodes of a cluster started together (a deployment, `docker compose up`) initialise the shared PostgreSQL
/// database one at a time: migrations, the bootstrap administrator and the demo data are "create if missing"
/// steps that two nodes running at once would both try, and the loser would fail its start on a duplicate key.
/// A session-level advisory lock held around the initialisation makes the second node wait, then find it done.
/// </summary>
public sealed class StartupLock : IAsyncDisposable
{
    private const long Key = 0x6F61_7374_6172_74; // "oastart"
    private readonly NpgsqlConnection? _conn;

    private StartupLock(NpgsqlConnection? conn) => _conn = conn;

    public static async Task<StartupLock> AcquireAsync(IConfiguration config, CancellationToken ct)
    {
        if (DatabaseSetup.DatabaseProviderName(config) != "postgres") return new StartupLock(null);
        var conn = new NpgsqlConnection(config.GetConnectionString("Oa"));
        try
        {
            await conn.OpenAsync(ct);
            await using var cmd = new NpgsqlCommand($"SELECT pg_advisory_lock({Key})", conn) { CommandTimeout = 0 };
            await cmd.ExecuteNonQueryAsync(ct);
            return new StartupLock(conn);
        }
        catch
        {
            await conn.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_conn is null) return;
        // Closing the session releases the lock too; unlocking first just hands it over without waiting for the pool.
        try
        {
            await using var cmd = new NpgsqlCommand($"SELECT pg_advisory_unlock({Key})", _conn);
            await cmd.ExecuteNonQueryAsync();
        }
        finally
        {
            await _conn.DisposeAsync();
        }
    }
}
