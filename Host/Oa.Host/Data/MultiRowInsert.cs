using System.Data.Common;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Oa.Host.Data;

/// <summary>
/// Appends rows of one entity type as multi-row <c>INSERT … VALUES (…), (…)</c> statements, outside the change tracker.
/// EF's SQLite provider sends every added entity as its own command (it does not batch), and each one costs command
/// preparation, a RETURNING read and change-tracking work: 6 history rows per approval were 6 commands, the most
/// expensive statement of the engine's save. For append-only rows that nobody reads back in the same unit of work.
/// </summary>
/// <remarks>
/// Table, columns and value conversions come from the EF model (the provider's own type mappings create the
/// parameters, so SQLite's DateTimeOffset-as-ticks and PostgreSQL's timestamptz are written as EF writes them).
/// Store-generated keys (identity ids) are left to the database. Runs through EF's raw-SQL path, so it joins the
/// context's current transaction and shows up in EF's diagnostics like any other command.
/// </remarks>
public static class MultiRowInsert
{
    /// <summary>
    /// Parameters per statement. Microsoft.Data.Sqlite binds each parameter by looking its name up in the collection
    /// (a linear scan), so binding costs grow with the square of a statement's parameters: 2,400 per statement made
    /// binding a third of the attendance close; a few hundred keep it small while still saving the per-row commands.
    /// </summary>
    public const int ParametersPerStatement = 400;

    public static async Task InsertAsync<T>(this OaDbContext db, IReadOnlyList<T> rows, CancellationToken ct) where T : class
    {
        if (rows.Count == 0) return;
        var shape = InsertShape.Of<T>(db);
        var (columns, head) = (shape.Columns, shape.Head);
        var chunk = Math.Max(1, ParametersPerStatement / Math.Max(1, columns.Count));
        await using var probe = db.Database.GetDbConnection().CreateCommand();
        for (var start = 0; start < rows.Count; start += chunk)
        {
            var end = Math.Min(rows.Count, start + chunk);
            var sql = new StringBuilder(head);
            var parameters = new List<DbParameter>((end - start) * columns.Count);
            for (var r = start; r < end; r++)
            {
                sql.Append(r == start ? "(" : ", (");
                for (var c = 0; c < columns.Count; c++)
                {
                    var name = "@p" + parameters.Count;
                    parameters.Add(shape.Parameter(probe, c, rows[r], name));
                    sql.Append(c == 0 ? name : ", " + name);
                }
                sql.Append(')');
            }
            await db.Database.ExecuteSqlRawAsync(sql.ToString(), parameters, ct);
        }
    }
}
