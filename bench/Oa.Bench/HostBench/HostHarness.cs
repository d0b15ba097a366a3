using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;
using Oa.Host.Data;
using Oa.Host.Engine;
using Oa.Host.Features.Definitions;
using Oa.Host.Features.Setup;
using Oa.Host.Hosting;

namespace Oa.Bench.HostBench;

// The product host's services, built in-process exactly as Program does (builder.AddOa()), over a database of
// the bench's own: a fresh SQLite file (WAL, synchronous NORMAL or FULL through the product's own pragma
// interceptor) or a fresh PostgreSQL database. No web server and no hosted services (Quartz) are started: the
// workloads call the product's services directly (EngineHost, the inbox query, TimerPoller, PeriodCloser).
public sealed class HostHarness : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly string? _sqliteDir;
    private readonly string? _pgDatabase;
    private readonly string? _pgServer;

    private HostHarness(WebApplication app, string provider, string? sqliteDir, string? pgServer, string? pgDatabase, string connectionString)
    {
        _app = app;
        Provider = provider;
        _sqliteDir = sqliteDir;
        _pgServer = pgServer;
        _pgDatabase = pgDatabase;
        ConnectionString = connectionString;
    }

    public string Provider { get; }
    public string ConnectionString { get; }
    public IServiceProvider Services => _app.Services;
    public EngineHost Engine => Services.GetRequiredService<EngineHost>();

    /// <param name="provider">"sqlite" or "postgres"</param>
    /// <param name="synchronous">SQLite only: NORMAL or FULL (Database:SqliteSynchronous)</param>
    /// <param name="pgServer">PostgreSQL only: a server connection string; a throwaway database is created on it.</param>
    public static async Task<HostHarness> CreateAsync(string repoRoot, string provider, string synchronous = "NORMAL", string? pgServer = null,
        bool demoData = true, string? sqliteDir = null, TimeProvider? clock = null, bool importDefinitions = false)
    {
        string cs;
        string? dir = null, pgDb = null;
        if (provider == "postgres")
        {
            if (pgServer is null) throw new InvalidOperationException("PostgreSQL needs --postgres CONNSTR (or OA_BENCH_POSTGRES).");
            pgDb = "oa_bench_" + Guid.NewGuid().ToString("N")[..10];
            await using (var conn = new NpgsqlConnection(pgServer))
            {
                await conn.OpenAsync();
                await using var cmd = new NpgsqlCommand($"CREATE DATABASE {pgDb}", conn);
                await cmd.ExecuteNonQueryAsync();
            }
            cs = new NpgsqlConnectionStringBuilder(pgServer) { Database = pgDb, MaxPoolSize = 100 }.ToString();
        }
        else
        {
            dir = sqliteDir ?? Path.Combine(Path.GetTempPath(), "oa-bench", $"{Environment.ProcessId}-{Guid.NewGuid():N}"[..24]);
            Directory.CreateDirectory(dir);
            cs = $"Data Source={Path.Combine(dir, "oa.db")}";
        }
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            ContentRootPath = Path.Combine(repoRoot, "Host", "Oa.Host"),
            EnvironmentName = "Production",
            ApplicationName = "Oa.Host",
        });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = provider == "postgres" ? "Postgres" : "Sqlite",
            ["Database:SqliteSynchronous"] = synchronous,
            ["ConnectionStrings:Oa"] = cs,
            ["Storage:DataDirectory"] = dir ?? Path.Combine(Path.GetTempPath(), "oa-bench", "pg-files"),
            ["Bootstrap:AdminUserName"] = "admin",
            ["Bootstrap:AdminPassword"] = "Admin@2026",
            ["Bootstrap:DemoData"] = demoData ? "true" : "false",
            ["Definitions:ImportOnStart"] = importDefinitions ? "true" : "false",
            // appsettings.json asks for Information; the bench's console is for its own progress lines.
            ["Logging:LogLevel:Default"] = "Warning",
            ["Logging:LogLevel:Microsoft.AspNetCore"] = "Warning",
            ["Logging:LogLevel:Microsoft.EntityFrameworkCore"] = "Error",
            ["Logging:LogLevel:Quartz"] = "Error",
        });
        // EF logs every command at Information: that would time the console, not the product.
        builder.Logging.ClearProviders();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Logging.AddFilter("Microsoft.EntityFrameworkCore", LogLevel.Error);
        builder.Logging.AddConsole();
        builder.AddOa();
        if (clock is not null) builder.Services.AddSingleton(clock); // the last registration wins
        var app = builder.Build();
        await using (var scope = app.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitialiseAsync(CancellationToken.None);
        return new HostHarness(app, provider, dir, pgServer, pgDb, cs);
    }

    /// <summary>Publishes one BPMN file through the product's publisher (validation included).</summary>
    public async Task PublishAsync(string fileName, string xml)
    {
        await using var scope = Services.CreateAsyncScope();
        var outcome = await scope.ServiceProvider.GetRequiredService<DefinitionPublisher>()
            .PublishAsync([new DefinitionFile(fileName, xml)], "admin", CancellationToken.None);
        if (!outcome.Succeeded) throw new InvalidOperationException($"publish {fileName}: " + string.Join("; ", outcome.Problems.Select(p => $"{p.ElementId}: {p.Message}")));
    }

    /// <summary>journal_mode and synchronous as SQLite reports them on a connection the product opened (its interceptor ran).</summary>
    public async Task<string> SqliteSettingsAsync()
    {
        if (Provider != "sqlite") return "n/a";
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OaDbContext>();
        await db.Database.OpenConnectionAsync();
        var conn = db.Database.GetDbConnection();
        async Task<string> Pragma(string sql)
        {
            await using var cmd = conn.CreateCommand();
            cmd.CommandText = sql;
            return Convert.ToString(await cmd.ExecuteScalarAsync()) ?? "?";
        }
        return $"journal_mode={await Pragma("PRAGMA journal_mode")}, synchronous={await Pragma("PRAGMA synchronous")} (1=NORMAL, 2=FULL), sqlite {await Pragma("select sqlite_version()")}";
    }

    /// <summary>Serves the real HTTP pipeline (OaPipeline.UseOa) on a loopback URL; hosted services (Quartz) start too.</summary>
    public async Task ServeAsync(string url)
    {
        _app.UseOa();
        _app.Urls.Add(url);
        await _app.StartAsync();
        _served = true;
    }

    private bool _served;

    public string DatabaseFile => _sqliteDir is null ? "" : Path.Combine(_sqliteDir, "oa.db");

    public async ValueTask DisposeAsync()
    {
        // Stop Kestrel and Quartz before the database goes away (the first HTTP run hung at exit with Quartz
        // still polling a deleted database).
        if (_served)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            try { await _app.StopAsync(timeout.Token); } catch (OperationCanceledException) { }
        }
        await _app.DisposeAsync();
        if (_pgDatabase is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var conn = new NpgsqlConnection(_pgServer);
            await conn.OpenAsync();
            await using var cmd = new NpgsqlCommand($"DROP DATABASE IF EXISTS {_pgDatabase} WITH (FORCE)", conn);
            await cmd.ExecuteNonQueryAsync();
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (_sqliteDir is not null) try { Directory.Delete(_sqliteDir, true); } catch (IOException) { }
    }
}
