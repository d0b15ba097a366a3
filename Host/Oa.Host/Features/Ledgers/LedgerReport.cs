using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Oa.Host.Data;
using Oa.Host.Features.Shared;

namespace Oa.Host.Features.Ledgers;

/// <summary>
/// GET /api/ledgers/{key}/report?groupBy=field[&amp;sum=field][&amp;by=month]: counts (and sums) per value of a field —
/// or per owner, or per month of a date field — over exactly the records the caller's list would show (data scope,
/// keyword and filters applied first), so a report can never total records the caller may not read. The database
/// groups and sums (one row per group comes back), so a ledger of a hundred thousand records reports as fast as a small one.
/// </summary>
public static class LedgerReport
{
    public sealed record Group(string Key, string Label, int Count, decimal? Sum);

    public static async Task<IResult> Get(string key, string? groupBy, string? sum, string? by, HttpContext http, ClaimsPrincipal user, LedgerGate gate, OaDbContext db, CancellationToken ct)
    {
        if (await gate.OpenAsync(key, user, ct) is not { } o) return TypedResults.NotFound();
        var ledger = o.Ledger;
        var errors = new FieldErrors();
        var groupField = groupBy is null ? null : ledger.Field(groupBy);
        if (groupBy != "owner" && groupField is null) errors.Add("groupBy", "需要一个字段或 owner (a field or owner is required)");
        if (sum is not null && ledger.Field(sum) is not { IsNumeric: true }) errors.Add("sum", "需要一个数字字段 (a number field is required)");
        if (by is not null && (by != "month" || groupField is not { IsDate: true })) errors.Add("by", "by=month 只用于日期字段 (by=month needs a date field)");
        var records = (LedgerListQuery.From(http.Request.Query) with { Page = 1, PageSize = 1 }).Apply(db, ledger, o.Access, errors);
        if (errors.Any) return errors.ToResult();

        var byOwner = groupBy == "owner";
        var byMonth = by == "month";
        // Each record has at most one indexed value per field: the left joins keep one row per record.
        var rows = from r in records
                   join gv in db.LedgerFieldValues.Where(v => v.LedgerKey == ledger.Key && v.Field == groupBy) on r.Id equals gv.RecordId into gj
                   from gv in gj.DefaultIfEmpty()
                   join sv in db.LedgerFieldValues.Where(v => v.LedgerKey == ledger.Key && v.Field == sum) on r.Id equals sv.RecordId into sj
                   from sv in sj.DefaultIfEmpty()
                   let text = byOwner ? r.OwnerUserName : gv.Text ?? ""
                   select new { Group = byMonth && text.Length >= 7 ? text.Substring(0, 7) : text, Number = sv.Number };
        var totals = await rows.GroupBy(x => x.Group)
            .Select(g => new { g.Key, Count = g.Count(), Sum = g.Sum(x => x.Number ?? 0) }).ToListAsync(ct);

        var groups = totals.Select(t => new Group(t.Key,
                byOwner ? o.Org.GetUser(t.Key)?.DisplayName ?? t.Key : byMonth || groupField is null ? t.Key : groupField.Display(System.Text.Json.Nodes.JsonValue.Create(t.Key)),
                t.Count, sum is null ? null : Math.Round((decimal)t.Sum, 2)))
            .OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
        return TypedResults.Ok(groups);
    }
}
