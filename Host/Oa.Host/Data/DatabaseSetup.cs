using Microsoft.EntityFrameworkCore;

namespace Oa.Host.Data;

/// <summary>Chooses the provider from <c>Database:Provider</c> (Sqlite by default, or Postgres) and registers the context.</summary>
public static class DatabaseSetup
{
    public static IServiceCollection AddOaDatabase(this IServiceCollection services, IConfiguration config, string contentRoot)
    {
        var provider = DatabaseProviderName(config);
        if (provider == "postgres")
        {
            var cs = config.GetConnectionString("Oa")
                ?? throw new InvalidOperationException("Database:Provider is Postgres but ConnectionStrings:Oa is not set.");
            services.AddDbContext<PostgresOaDbContext>(o => o.UseNpgsql(cs, n => n.EnableRetryOnFailure(0)));
            services.AddScoped<OaDbContext>(sp => sp.GetRequiredService<PostgresOaDbContext>());
        }
        else
        {
            var cs = SqliteConnectionString(config, contentRoot);
            var synchronous = config["Database:SqliteSynchronous"] ?? "NORMAL";
            services.AddDbContext<SqliteOaDbContext>(o => o.UseSqlite(cs).AddInterceptors(new SqlitePragmaInterceptor(synchronous)));
            services.AddScoped<OaDbContext>(sp => sp.GetRequiredService<SqliteOaDbContext>());
        }
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
