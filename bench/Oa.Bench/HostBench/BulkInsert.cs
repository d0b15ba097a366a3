using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.Extensions.DependencyInjection;
using Oa.Host.Data;

namespace Oa.Bench.HostBench;

// Seeds rows straight into the product's tables, fast: one prepared INSERT per row inside large transactions,
// with table, column names and value conversions (enums, DateTimeOffset as UTC ticks on SQLite) taken from the
// product's own EF model, so the rows are exactly what EF would have written. Database-generated keys are left out.
public static class BulkInsert
{
    public static async Task<long> RunAsync<T>(HostHarness host, IEnumerable<T> rows, int perTransaction = 50_000) where T : class
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OaDbContext>();
        var entity = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model");
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var props = entity.GetProperties().Where(p => p.PropertyInfo is not null && !(p.ValueGenerated == ValueGenerated.OnAdd && p.IsPrimaryKey())).ToArray();
        var converters = props.Select(p => p.GetValueConverter() ?? p.GetTypeMapping().Converter).ToArray();
        var sql = $"INSERT INTO \"{table.Name}\" ({string.Join(", ", props.Select(p => $"\"{p.GetColumnName(table)}\""))}) VALUES ({string.Join(", ", props.Select((_, i) => "@p" + i))})";

        await db.Database.OpenConnectionAsync();
        var conn = db.Database.GetDbConnection();
        long count = 0;
        DbTransaction? tx = null;
        DbCommand? cmd = null;
        try
        {
            foreach (var row in rows)
            {
                if (cmd is null)
                {
                    tx = await conn.BeginTransactionAsync();
                    cmd = conn.CreateCommand();
                    cmd.Transaction = tx;
                    cmd.CommandText = sql;
                    for (var i = 0; i < props.Length; i++)
                    {
                        var p = cmd.CreateParameter();
                        p.ParameterName = "@p" + i;
                        cmd.Parameters.Add(p);
                    }
                }
                for (var i = 0; i < props.Length; i++)
                {
                    var v = props[i].PropertyInfo!.GetValue(row);
                    if (v is not null && converters[i] is { } c) v = c.ConvertToProvider(v);
                    cmd.Parameters[i].Value = v ?? DBNull.Value;
                }
                await cmd.ExecuteNonQueryAsync();
                if (++count % perTransaction == 0)
                {
                    await tx!.CommitAsync();
                    await cmd.DisposeAsync();
                    await tx.DisposeAsync();
                    cmd = null;
                }
            }
            if (tx is not null && cmd is not null) await tx.CommitAsync();
        }
        finally
        {
            if (cmd is not null) await cmd.DisposeAsync();
            if (tx is not null) await tx.DisposeAsync();
        }
        return count;
    }

    /// <summary>Refreshes planner statistics after a bulk load (what a DBA would do; the product runs none).</summary>
    public static async Task AnalyzeAsync(HostHarness host)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OaDbContext>();
        await db.Database.ExecuteSqlRawAsync(host.Provider == "sqlite" ? "ANALYZE" : "ANALYZE");
    }
}
