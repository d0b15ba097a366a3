using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using Oa.Host.Hosting;
using Oa.Host.Tests.Infrastructure;

namespace Oa.Host.Tests.Operations;

/// <summary>
/// A host on a controllable clock (timers fire when the test says), with encrypted attachments and encrypted
/// backups, so a backup and its restore exercise both keys.
/// </summary>
public class OpsFactory : OaFactory
{
    public static readonly string FilesKey = Convert.ToBase64String(Enumerable.Range(40, 32).Select(i => (byte)i).ToArray());
    public static readonly string BackupKey = Convert.ToBase64String(Enumerable.Range(90, 32).Select(i => (byte)i).ToArray());

    public OpsFactory() { }

    protected OpsFactory(string provider) : base(provider) { }

    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    public string DatabaseFile => Path.Combine(DataDirectory, "oa.db");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Timers:Enabled", "false");
        builder.UseSetting("Files:EncryptionKey", FilesKey);
        builder.UseSetting("Backup:EncryptionKey", BackupKey);
        builder.ConfigureTestServices(s => s.Replace(ServiceDescriptor.Singleton<TimeProvider>(Clock)));
    }

    public async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> run)
    {
        await using var scope = Services.CreateAsyncScope();
        return await run(scope.ServiceProvider);
    }
}

public static class OperationsHosts
{
    /// <summary>
    /// The services a CLI verb gets (the host built, never started) over the given database and data folder: how
    /// `restore` runs before any host has touched the target.
    /// </summary>
    public static async Task<T> AsCliAsync<T>(string databaseFile, string dataDirectory, Func<IServiceProvider, Task<T>> run, string? backupKey = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Testing", ContentRootPath = AppContext.BaseDirectory });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Sqlite",
            ["ConnectionStrings:Oa"] = $"Data Source={databaseFile}",
            ["Storage:DataDirectory"] = dataDirectory,
            ["Backup:EncryptionKey"] = backupKey ?? OpsFactory.BackupKey,
            ["Files:EncryptionKey"] = OpsFactory.FilesKey,
        });
        builder.AddOa();
        await using var app = builder.Build();
        await using var scope = app.Services.CreateAsyncScope();
        return await run(scope.ServiceProvider);
    }

    /// <summary>Every table's rows, sorted by all columns, as text: equal dumps mean equal tables.</summary>
    public static Dictionary<string, List<string>> DumpSqlite(string file)
    {
        SqliteConnection.ClearAllPools();
        using var conn = new SqliteConnection($"Data Source={file};Pooling=False");
        conn.Open();
        var tables = new List<string>();
        using (var cmd = conn.CreateCommand())
        {
            cmd.CommandText = "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' ORDER BY name";
            using var r = cmd.ExecuteReader();
            while (r.Read()) tables.Add(r.GetString(0));
        }
        var dump = new Dictionary<string, List<string>>();
        foreach (var t in tables)
        {
            using var cmd = conn.CreateCommand();
            cmd.CommandText = $"SELECT * FROM \"{t}\"";
            using var r = cmd.ExecuteReader();
            var rows = new List<string>();
            while (r.Read())
                rows.Add(string.Join("|", Enumerable.Range(0, r.FieldCount).Select(i => r.IsDBNull(i) ? "∅" : r.GetValue(i) is byte[] b ? Convert.ToBase64String(b) : Convert.ToString(r.GetValue(i), System.Globalization.CultureInfo.InvariantCulture))));
            rows.Sort(StringComparer.Ordinal);
            dump[t] = rows;
        }
        return dump;
    }
}
