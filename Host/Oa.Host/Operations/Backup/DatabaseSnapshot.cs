using System.Data;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Oa.Host.Operations.Backup;

/// <summary>
/// A consistent copy of the live database and the row count of every table as of that copy.
/// SQLite: the online backup API copies all pages under one read transaction while writers carry on (WAL).
/// PostgreSQL: a repeatable-read transaction exports its snapshot; pg_dump dumps exactly that snapshot, and the
/// counts are taken in the same transaction, so the manifest describes the dump and not a moment later.
/// </summary>
public static class DatabaseSnapshot
{
    public static Dictionary<string, long> CopySqlite(string connectionString, string targetFile)
    {
        using (var source = new SqliteConnection(connectionString))
        using (var target = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = targetFile, Pooling = false }.ToString()))
        {
            source.Open();
            target.Open();
            source.BackupDatabase(target);
            // The copy travels as one self-contained file, not a WAL database expecting a -wal beside it.
            Exec(target, "PRAGMA journal_mode=DELETE;");
        }
        return CountSqlite(targetFile);
    }

    /// <summary>Back to WAL, the mode the host runs in, while nothing else has the restored file open.</summary>
    public static void UseWal(string file)
    {
        using var conn = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Pooling = false }.ToString());
        conn.Open();
        Exec(conn, "PRAGMA journal_mode=WAL;");
    }

    public static Dictionary<string, long> CountSqlite(string file)
    {
        using var conn = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Pooling = false }.ToString());
        conn.Open();
        return CountTables(conn, SqliteTables(conn));
    }

    public static List<string> SqliteTables(SqliteConnection conn)
    {
        using var cmd = conn.CreateCommand();
        cmd.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name";
        using var r = cmd.ExecuteReader();
        var names = new List<string>();
        while (r.Read()) names.Add(r.GetString(0));
        return names;
    }

    public static async Task<Dictionary<string, long>> DumpPostgresAsync(string connectionString, string pgDump, string targetFile, CancellationToken ct)
    {
        await using var conn = new NpgsqlConnection(connectionString);
        await conn.OpenAsync(ct);
        await using var tx = await conn.BeginTransactionAsync(IsolationLevel.RepeatableRead, ct);
        await using var export = new NpgsqlCommand("SELECT pg_export_snapshot()", conn, tx);
        var snapshot = (string)(await export.ExecuteScalarAsync(ct))!;
        var counts = CountTables(conn, await PostgresTablesAsync(conn, tx, ct));
        await PgTools.RunAsync(pgDump, connectionString, ["--format=custom", "--no-owner", "--no-privileges", $"--snapshot={snapshot}", $"--file={targetFile}"], ct);
        await tx.CommitAsync(ct);
        return counts;
    }

    public static async Task<List<string>> PostgresTablesAsync(NpgsqlConnection conn, NpgsqlTransaction? tx, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name", conn, tx);
        await using var r = await cmd.ExecuteReaderAsync(ct);
        var names = new List<string>();
        while (await r.ReadAsync(ct)) names.Add(r.GetString(0));
        return names;
    }

    private static Dictionary<string, long> CountTables(IDbConnection conn, IEnumerable<string> tables)
    {
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var t in tables)
        {
            using var cmd = conn.CreateCommand();
            cmd.CommandText = $"SELECT COUNT(*) FROM \"{t.Replace("\"", "\"\"")}\"";
            counts[t] = Convert.ToInt64(cmd.ExecuteScalar());
        }
        return counts;
    }

    private static void Exec(SqliteConnection conn, string sql)
    {
        using var cmd = conn.CreateCommand();
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }
}
