using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.Extensions.DependencyInjection;
using Oa.Host.Data;

namespace Oa.Bench.HostBench;

// Seeds rows straight into the product's tables, fast: prepared multi-row INSERTs inside large transactions, with
// table, column names and value conversions (enums, DateTimeOffset as UTC ticks on SQLite) taken from the product's
// own EF model, so the rows are exactly what EF would have written. Database-generated keys are left out.
public static class BulkInsert
{
    public static async Task<long> RunAsync<T>(HostHarness host, IEnumerable<T> rows, int perTransaction = 100_000) where T : class
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OaDbContext>();
        var (table, props) = Columns<T>(db);
        var converters = props.Select(p => p.GetValueConverter() ?? p.GetTypeMapping().Converter).ToArray();
        var getters = props.Select(p => p.PropertyInfo!).ToArray();
        var perStatement = Math.Max(1, Math.Min(200, 30_000 / props.Length)); // SQLite allows 32,766 parameters

        await db.Database.OpenConnectionAsync();
        var conn = db.Database.GetDbConnection();
        long count = 0;
        var batch = new List<T>(perStatement);
        DbTransaction? tx = null;
        DbCommand? full = null;
        try
        {
            foreach (var row in rows)
            {
                batch.Add(row);
                if (batch.Count < perStatement) continue;
                tx ??= await conn.BeginTransactionAsync();
                full ??= Command(conn, tx, table, props, perStatement);
                await Execute(full, batch);
                count += batch.Count;
                batch.Clear();
                if (count % perTransaction < perStatement)
                {
                    await tx.CommitAsync();
                    await tx.DisposeAsync();
                    await full.DisposeAsync();
                    (tx, full) = (null, null);
                }
            }
            tx ??= await conn.BeginTransactionAsync();
            if (batch.Count > 0)
            {
                await using var rest = Command(conn, tx, table, props, batch.Count);
                await Execute(rest, batch);
                count += batch.Count;
            }
            await tx.CommitAsync();
        }
        finally
        {
            if (full is not null) await full.DisposeAsync();
            if (tx is not null) await tx.DisposeAsync();
        }
        return count;

        async Task Execute(DbCommand cmd, List<T> items)
        {
            var k = 0;
            foreach (var item in items)
                for (var i = 0; i < getters.Length; i++)
                {
                    var v = getters[i].GetValue(item);
                    if (v is not null && converters[i] is { } c) v = c.ConvertToProvider(v);
                    cmd.Parameters[k++].Value = v ?? DBNull.Value;
                }
            await cmd.ExecuteNonQueryAsync();
        }
    }

    /// <summary>The table and the columns a bulk insert writes (everything but database-generated keys).</summary>
    public static (StoreObjectIdentifier Table, IProperty[] Props) Columns<T>(OaDbContext db)
    {
        var entity = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model");
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var props = entity.GetProperties().Where(p => p.PropertyInfo is not null && !(p.ValueGenerated == ValueGenerated.OnAdd && p.IsPrimaryKey())).ToArray();
        return (table, props);
    }

    private static DbCommand Command(DbConnection conn, DbTransaction tx, StoreObjectIdentifier table, IProperty[] props, int rows)
    {
        var cmd = conn.CreateCommand();
        cmd.Transaction = tx;
        var values = Enumerable.Range(0, rows).Select(r => "(" + string.Join(", ", props.Select((_, i) => $"@p{r * props.Length + i}")) + ")");
        cmd.CommandText = $"INSERT INTO \"{table.Name}\" ({string.Join(", ", props.Select(p => $"\"{p.GetColumnName(table)}\""))}) VALUES {string.Join(", ", values)}";
        for (var i = 0; i < rows * props.Length; i++)
        {
            var p = cmd.CreateParameter();
            p.ParameterName = "@p" + i;
            cmd.Parameters.Add(p);
        }
        return cmd;
    }

    /// <summary>
    /// SQLite only: copies the rows of <paramref name="where"/> n times inside SQLite (a recursive counter joined to
    /// the source rows), with some columns replaced by SQL expressions of the counter i — millions of rows without a
    /// round trip each. Used by W6 to clone a real completed instance.
    /// </summary>
    public static async Task<int> CloneAsync<T>(HostHarness host, string where, long from, long to, IReadOnlyDictionary<string, string> replace) where T : class
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OaDbContext>();
        var (table, props) = Columns<T>(db);
        var cols = props.Select(p => p.GetColumnName(table)!).ToArray();
        var select = string.Join(", ", cols.Select(c => replace.TryGetValue(c, out var e) ? e : $"s.\"{c}\""));
        var sql = $"WITH RECURSIVE n(i) AS (SELECT {from} UNION ALL SELECT i + 1 FROM n WHERE i + 1 < {to}) " +
                  $"INSERT INTO \"{table.Name}\" ({string.Join(", ", cols.Select(c => $"\"{c}\""))}) SELECT {select} FROM n CROSS JOIN \"{table.Name}\" AS s WHERE {where}";
        await using var tx = await db.Database.BeginTransactionAsync();
        db.Database.SetCommandTimeout(TimeSpan.FromHours(1));
        var rows = await db.Database.ExecuteSqlRawAsync(sql);
        await tx.CommitAsync();
        return rows;
    }

    /// <summary>Refreshes planner statistics after a bulk load (what a DBA would do; the product runs none).</summary>
    public static async Task AnalyzeAsync(HostHarness host)
    {
        await using var scope = host.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<OaDbContext>().Database.ExecuteSqlRawAsync("ANALYZE");
    }
}
