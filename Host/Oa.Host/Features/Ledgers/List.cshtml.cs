using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Oa.Host.Data;
using Oa.Host.Features.Shared;

namespace Oa.Host.Features.Ledgers;

/// <summary>
/// A ledger's list: keyword, the definition's filters, a column chooser (<c>cols</c>, remembered in the link),
/// sorting by a column head, paging, and export of exactly what is listed. Plain GET forms, no script needed.
/// </summary>
public sealed class LedgerListModel(LedgerGate gate, OaDbContext db) : PageModel
{
    public const int PageSize = 20;
    public LedgerGate.Opened Opened { get; private set; } = null!;
    public LedgerDefinition Ledger => Opened.Ledger;
    public LedgerListQuery Query { get; private set; } = null!;
    public IReadOnlyList<string> Columns { get; private set; } = [];
    public IReadOnlyList<string> AllColumns { get; private set; } = [];
    public IReadOnlyList<LedgerRecordView> Rows { get; private set; } = [];
    public int Total { get; private set; }
    public FieldErrors Errors { get; } = new();

    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public async Task<IActionResult> OnGetAsync(string key, CancellationToken ct)
    {
        if (await gate.OpenAsync(key, User, ct) is not { } o) return NotFound();
        Opened = o;
        AllColumns = [.. Ledger.Fields.Select(f => f.Key), .. LedgerDefinition.BuiltInColumns.Keys.Where(k => k != "status" || Ledger.IsContract || Ledger.StatusField is not null)];
        var chosen = Request.Query["cols"].SelectMany(c => (c ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries)).Where(AllColumns.Contains).Distinct().ToList();
        Columns = chosen.Count > 0 ? chosen : Ledger.Columns;
        Query = LedgerListQuery.From(Request.Query) with { PageSize = PageSize };
        var records = Query.Apply(db, Ledger, o.Access, Errors);
        if (Errors.Any) return Page();
        Total = await records.CountAsync(ct);
        Rows = (await records.Skip((Math.Max(1, Query.Page) - 1) * PageSize).Take(PageSize).ToListAsync(ct)).Select(r => gate.View(o, r)).ToList();
        return Page();
    }

    public string Cell(LedgerRecordView row, string column) => column switch
    {
        "owner" => row.OwnerName ?? row.Owner,
        "updatedAt" => row.UpdatedAt.ToLocalTime().ToString("yyyy-MM-dd HH:mm"),
        "createdAt" => row.CreatedAt.ToLocalTime().ToString("yyyy-MM-dd HH:mm"),
        "status" => row.Status ?? "",
        _ => Ledger.Field(column)?.Display(row.Fields[column]) ?? "",
    };

    /// <summary>This list's URL with some query values replaced (null removes one).</summary>
    public string Link(params (string Key, string? Value)[] changes)
    {
        var query = Request.Query.ToDictionary(q => q.Key, q => q.Value.ToString());
        foreach (var (k, v) in changes)
            if (v is null) query.Remove(k); else query[k] = v;
        return Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString($"/Ledgers/{Ledger.Key}", query.Where(q => q.Value.Length > 0)!);
    }

    public string SortLink(string column)
    {
        var current = Request.Query["sort"].ToString();
        return Link(("sort", current == column ? "-" + column : column), ("page", null));
    }

    public string ExportLink => "/api/ledgers/" + Ledger.Key + "/export" + Link()[(Link().IndexOf('?') is var i && i >= 0 ? i : Link().Length)..];
}
