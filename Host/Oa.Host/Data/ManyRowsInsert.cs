using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Oa.Host.Data;

/// <summary>
/// Appends thousands of rows of one entity type (the attendance close's day results) outside the change tracker.
/// On SQLite: one prepared single-row <c>INSERT</c> executed once per row in the caller's transaction, which is how
/// SQLite is fastest in-process. Elsewhere: <see cref="MultiRowInsert"/>'s multi-row statements (one round trip per
/// few hundred values, which is what matters over a network).
/// </summary>
/// <remarks>
/// Multi-row statements on SQLite spent most of their time naming parameters: Microsoft.Data.Sqlite binds each one by
/// a linear search of the command's collection, and EF's raw-SQL path checks each name the same way, so a statement
/// of P parameters costs P² string comparisons. For the close of 2,000 employees (47 k day results) that and the
/// garbage of the generated SQL were about two thirds of the close's CPU (profile in bench/README.md, W4).
/// Values go through the EF model's type mappings, so what is stored is what EF itself would store.
/// </remarks>
public static class ManyRowsInsert
{
    public static async Task InsertManyAsync<T>(this OaDbContext db, IReadOnlyList<T> rows, CancellationToken ct) where T : class
    {
        if (rows.Count == 0) return;
        if (!db.Database.IsSqlite()) { await db.InsertAsync(rows, ct); return; }

        var shape = InsertShape.Of<T>(db);
        var own = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        try
        {
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.Transaction = db.Database.CurrentTransaction!.GetDbTransaction();
            command.CommandText = shape.Head + "(" + string.Join(", ", shape.Columns.Select((_, i) => "@p" + i)) + ")";
            var prepared = false;
            foreach (var row in rows)
            {
                // A fresh parameter per value keeps the mapping's conversions (ticks, decimals as text); the prepared
                // statement is kept across executions because the command text does not change.
                command.Parameters.Clear();
                for (var c = 0; c < shape.Columns.Count; c++) command.Parameters.Add(shape.Parameter(command, c, row));
                if (!prepared) { command.Prepare(); prepared = true; }
                await command.ExecuteNonQueryAsync(ct);
            }
            if (own is not null) await own.CommitAsync(ct);
        }
        finally
        {
            if (own is not null) await own.DisposeAsync();
        }
    }
}

/// <summary>Table, insertable columns and the <c>INSERT INTO t (…) VALUES </c> head of an entity type, from the EF model.</summary>
public sealed record InsertShape(StoreObjectIdentifier Table, IReadOnlyList<IProperty> Columns, string Head)
{
    // Per model and type: working the shape out from the model took a tenth of each small insert (history rows).
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(IModel, Type), InsertShape> Shapes = new();

    public static InsertShape Of<T>(OaDbContext db) => Shapes.GetOrAdd((db.Model, typeof(T)), static key =>
    {
        var entity = key.Item1.FindEntityType(key.Item2) ?? throw new InvalidOperationException($"{key.Item2.Name} is not in the model.");
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        // Store-generated keys (identity ids) are left to the database.
        var columns = entity.GetProperties()
            .Where(p => p.PropertyInfo is not null && p.GetColumnName(table) is not null && !(p.ValueGenerated == ValueGenerated.OnAdd && p.IsPrimaryKey()))
            .ToList();
        var head = $"INSERT INTO {Quote(table.Name, table.Schema)} ({string.Join(", ", columns.Select(c => Quote(c.GetColumnName(table)!)))}) VALUES ";
        return new InsertShape(table, columns, head);
    });

    /// <summary>The provider's own parameter for column <paramref name="c"/> of <paramref name="row"/>, named @p{c}.</summary>
    public DbParameter Parameter(DbCommand command, int c, object row, string? name = null)
    {
        var property = Columns[c];
        var mapping = (RelationalTypeMapping)property.GetRelationalTypeMapping();
        return mapping.CreateParameter(command, name ?? "@p" + c, property.PropertyInfo!.GetValue(row), property.IsNullable);
    }

    private static string Quote(string name, string? schema = null) =>
        (schema is null ? "" : $"\"{schema}\".") + $"\"{name.Replace("\"", "\"\"")}\"";
}
