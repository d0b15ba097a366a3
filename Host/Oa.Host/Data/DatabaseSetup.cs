using Microsoft.EntityFrameworkCore;

namespace Oa.Host.Data;

/// <summary>Chooses the provider from <c>Database:Provider</c> (Sqlite by default, or Postgres) and registers the context.</summary>
public static class DatabaseSetup
{
    /// <remarks>
    /// Both contexts are registered and configuration is read when a context is first resolved, not here: test
    /// hosts and CLI verbs may add configuration after the services are declared. Pooled: the engine opens several
    /// short scopes per command (load, save, definitions stamp, deputies), and a pooled context skips building the
    /// context's services and options each time.
    /// </remarks>
    public static IServiceCollection AddOaDatabase(this IServiceCollection services, string contentRoot)
    {
        services.AddDbContextPool<PostgresOaDbContext>((sp, o) =>
        {
            var cs = sp.GetRequiredService<IConfiguration>().GetConnectionString("Oa");
            if (string.IsNullOrWhiteSpace(cs)) throw new InvalidOperationException("Database:Provider is Postgres but ConnectionStrings:Oa is not set.");
            o.UseNpgsql(cs);
        });
        services.AddDbContextPool<SqliteOaDbContext>((sp, o) =>
        {
            var config = sp.GetRequiredService<IConfiguration>();
            o.UseSqlite(SqliteConnectionString(config, contentRoot))
                .AddInterceptors(new SqlitePragmaInterceptor(config["Database:SqliteSynchronous"] ?? "NORMAL"));
        });
        services.AddScoped<OaDbContext>(sp => DatabaseProviderName(sp.GetRequiredService<IConfiguration>()) == "postgres"
            ? sp.GetRequiredService<PostgresOaDbContext>()
            : sp.GetRequiredService<SqliteOaDbContext>());
        return services;
    }

    public static string DatabaseProviderName(IConfiguration config) =>
        (config["Database:Provider"] ?? "Sqlite").Trim().ToLowerInvariant() switch
        {
            "postgres" or "postgresql" or "npgsql" => "postgres",
            "sqlite" => "sqlite",
            var other => throw new InvalidOperationException($"Database:Provider '{other}' is not supported; use Sqlite or Postgres."),
        };

    /// <summary>Default: data/oa.db under the content root; the folder is created so a fresh checkout just runs.</summary>
    public static string SqliteConnectionString(IConfiguration config, string contentRoot)
    {
        var cs = config.GetConnectionString("Oa");
        if (string.IsNullOrWhiteSpace(cs))
        {
            var dataDir = Path.GetFullPath(config["Storage:DataDirectory"] ?? "data", contentRoot);
            cs = $"Data Source={Path.Combine(dataDir, "oa.db")}";
        }
        var builder = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(cs) { Pooling = true };
        var dir = Path.GetDirectoryName(Path.GetFullPath(builder.DataSource));
        if (!string.IsNullOrEmpty(dir)) Directory.CreateDirectory(dir);
        return builder.ToString();
    }
}
