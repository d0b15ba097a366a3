using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Oa.Host.Data;
using Oa.Host.Features.Shared;

namespace Oa.Host.Features.Ledgers;

/// <summary>
/// GET /api/ledgers/{key}/report?groupBy=field[&amp;sum=field][&amp;by=month]: counts (and sums) per value of a field —
/// or per owner, or per month of a date field — over exactly the records the caller's list would show (data scope,
/// keyword and filters applied first), so a report can never total records the caller may not read.
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

        var ids = records.Select(r => r.Id);
        var owners = await records.Select(r => new { r.Id, r.OwnerUserName }).ToDictionaryAsync(r => r.Id, r => r.OwnerUserName, ct);
        var values = await db.LedgerFieldValues.AsNoTracking()
            .Where(v => v.LedgerKey == ledger.Key && (v.Field == groupBy || v.Field == sum) && ids.Contains(v.RecordId))
            .Select(v => new { v.RecordId, v.Field, v.Text, v.Number }).ToListAsync(ct);
        var groupOf = values.Where(v => v.Field == groupBy).ToDictionary(v => v.RecordId, v => v.Text ?? "");
        var sumOf = values.Where(v => v.Field == sum).ToDictionary(v => v.RecordId, v => (decimal)(v.Number ?? 0));

        var groups = owners.Select(r =>
        {
            var g = groupBy == "owner" ? r.Value : groupOf.GetValueOrDefault(r.Key, "");
            if (by == "month" && g.Length >= 7) g = g[..7];
            return (Group: g, Record: r.Key);
        }).GroupBy(x => x.Group).Select(g => new Group(g.Key,
            groupBy == "owner" ? o.Org.GetUser(g.Key)?.DisplayName ?? g.Key : by == "month" || groupField is null ? g.Key : groupField.Display(System.Text.Json.Nodes.JsonValue.Create(g.Key)),
            g.Count(), sum is null ? null : g.Sum(x => sumOf.GetValueOrDefault(x.Record))))
            .OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
        return TypedResults.Ok(groups);
    }
}
