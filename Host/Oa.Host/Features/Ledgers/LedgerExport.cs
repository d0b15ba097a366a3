using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using Oa.Host.Data;
using Oa.Host.Data.Ledgers;
using Oa.Host.Features.Shared;

namespace Oa.Host.Features.Ledgers;

/// <summary>
/// GET /api/ledgers/{key}/export: the records the caller's list would show (same scope, keyword and filters) as
/// .xlsx with the form labels as headers, which is also the layout the import reads. Rows are read in batches
/// and written by MiniExcel straight into a temporary file, so memory stays flat for large ledgers.
/// </summary>
public static class LedgerExport
{
    private const int Batch = 500;
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static async Task<IResult> Export(string key, HttpContext http, ClaimsPrincipal user, LedgerGate gate, OaDbContext db, CancellationToken ct)
    {
        if (await gate.OpenAsync(key, user, ct) is not { } o) return TypedResults.NotFound();
        var errors = new FieldErrors();
        var query = LedgerListQuery.From(http.Request.Query) with { Page = 1, PageSize = 1 };
        var records = query.Apply(db, o.Ledger, o.Access, errors);
        if (errors.Any) return errors.ToResult();

        var path = Path.Combine(Path.GetTempPath(), $"oa-export-{Guid.NewGuid():N}.xlsx");
        await using (var file = File.Create(path))
            await file.SaveAsAsync(http.Request.Query.ContainsKey("template") ? Template(o.Ledger) : Rows(gate, o, records), cancellationToken: ct);
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.None, 64 * 1024, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        return TypedResults.File(stream, ContentType, $"{o.Ledger.Key}-{gate.Today:yyyyMMdd}.xlsx");
    }

    /// <summary>The import layout with one empty row (MiniExcel takes the headers from the first row; the import skips blank rows).</summary>
    private static IEnumerable<IDictionary<string, object?>> Template(LedgerDefinition ledger)
    {
        yield return ledger.Fields.Where(f => f.Key != ledger.TrackingField).ToDictionary(f => f.Label, _ => (object?)null);
    }

    private static IEnumerable<IDictionary<string, object?>> Rows(LedgerGate gate, LedgerGate.Opened o, IQueryable<LedgerRecord> records)
    {
        var fields = o.Ledger.Fields;
        for (var skip = 0; ; skip += Batch)
        {
            // Offset batches over the list's own order: an export shows rows exactly as the list sorts them.
            var batch = records.Skip(skip).Take(Batch).ToList();
            foreach (var r in batch)
            {
                var view = gate.View(o, r);
                var row = new Dictionary<string, object?>(StringComparer.Ordinal);
                foreach (var f in fields)
                    row[f.Label] = f.IsNumeric ? LedgerIndexer.Number(view.Fields[f.Key]) : f.Display(view.Fields[f.Key]);
                row["负责人"] = view.OwnerName ?? view.Owner;
                if (view.Status is not null) row["状态"] = view.Status;
                row["更新时间"] = view.UpdatedAt.ToLocalTime().ToString("yyyy-MM-dd HH:mm");
                yield return row;
            }
            if (batch.Count < Batch) yield break;
        }
    }
}
