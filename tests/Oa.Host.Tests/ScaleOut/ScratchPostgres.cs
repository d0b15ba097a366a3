using Npgsql;

namespace Oa.Host.Tests.ScaleOut;

/// <summary>An empty database of its own on the server named by OA_TEST_POSTGRES, dropped (with its connections) at the end.</summary>
public sealed class ScratchPostgres : IAsyncDisposable
{
    private ScratchPostgres(string name) => Name = name;

    public string Name { get; }

    public static string Server => Environment.GetEnvironmentVariable("OA_TEST_POSTGRES")
        ?? throw new InvalidOperationException("OA_TEST_POSTGRES is not set: run the tests through ./test.sh, which starts PostgreSQL on 127.0.0.1.");

    public string ConnectionString => new NpgsqlConnectionStringBuilder(Server) { Database = Name }.ToString();

    public static async Task<ScratchPostgres> CreateAsync(string prefix = "oa_scratch_")
    {
        var db = new ScratchPostgres(prefix + Guid.NewGuid().ToString("N")[..10]);
        await AdminAsync($"CREATE DATABASE {db.Name}");
        return db;
    }

    public async Task<NpgsqlConnection> OpenAsync()
    {
        var conn = new NpgsqlConnection(ConnectionString);
        await conn.OpenAsync();
        return conn;
    }

    public async Task<long> ScalarAsync(string sql)
    {
        await using var conn = await OpenAsync();
        await using var cmd = new NpgsqlCommand(sql, conn);
        return Convert.ToInt64(await cmd.ExecuteScalarAsync());
    }

    /// <summary>
    /// Every table's rows as sorted text, for row-by-row comparison. Columns named in <paramref name="ignore"/>
    /// ("table.column") are left out: values a running node rewrites on its own, like a scheduler's check-in time.
    /// </summary>
    public async Task<Dictionary<string, List<string>>> DumpAsync(params string[] ignore)
    {
        await using var conn = await OpenAsync();
        var tables = new List<string>();
        await using (var list = new NpgsqlCommand("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'", conn))
        await using (var r = await list.ExecuteReaderAsync())
            while (await r.ReadAsync()) tables.Add(r.GetString(0));
        var dump = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var table in tables)
        {
            await using var cmd = new NpgsqlCommand($"SELECT * FROM \"{table}\"", conn);
            await using var r = await cmd.ExecuteReaderAsync();
            var rows = new List<string>();
            while (await r.ReadAsync())
                rows.Add(string.Join("|", Enumerable.Range(0, r.FieldCount).Where(i => !ignore.Contains($"{table}.{r.GetName(i)}"))
                    .Select(i => r.IsDBNull(i) ? "∅" : r.GetValue(i) switch
                    {
                        byte[] b => Convert.ToBase64String(b),
                        DateTime d => d.ToString("O"),
                        DateTimeOffset d => d.ToString("O"),
                        var v => Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture),
                    })));
            rows.Sort(StringComparer.Ordinal);
            dump[table] = rows;
        }
        return dump;
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await AdminAsync($"DROP DATABASE IF EXISTS {Name} WITH (FORCE)");
    }

    public static async Task AdminAsync(string sql)
    {
        await using var conn = new NpgsqlConnection(Server);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand(sql, conn);
        await cmd.ExecuteNonQueryAsync();
    }
}
