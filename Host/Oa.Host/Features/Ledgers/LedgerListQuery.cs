using Microsoft.EntityFrameworkCore;
using Oa.Host.Data;
using Oa.Host.Data.Ledgers;
using Oa.Host.Features.Shared;

namespace Oa.Host.Features.Ledgers;

/// <summary>
/// A list request: keyword <c>q</c>, filters <c>f.{field}</c> (equals for choices, contains for text) and
/// <c>f.{field}.from</c>/<c>.to</c> (numbers, dates), <c>owner</c>, <c>sort</c> (<c>field</c> or <c>-field</c>),
/// <c>page</c> (1-based) and <c>pageSize</c> (at most 200). Always applied on top of the caller's data scope.
/// </summary>
public sealed record LedgerListQuery(string? Q, IReadOnlyDictionary<string, string> Filters, string? Owner, string? Sort, int Page, int PageSize)
{
    public const int MaxPageSize = 200;

    public static LedgerListQuery From(IQueryCollection query)
    {
        var filters = query.Where(p => p.Key.StartsWith("f.", StringComparison.Ordinal) && !string.IsNullOrWhiteSpace(p.Value))
            .ToDictionary(p => p.Key[2..], p => p.Value.ToString().Trim(), StringComparer.Ordinal);
        return new LedgerListQuery(query["q"].ToString().Trim(), filters, NullIfEmpty(query["owner"]), NullIfEmpty(query["sort"]),
            int.TryParse(query["page"], out var page) ? page : 1, int.TryParse(query["pageSize"], out var size) ? size : 20);
    }

    public IQueryable<LedgerRecord> Apply(OaDbContext db, LedgerDefinition ledger, LedgerAccess access, FieldErrors errors)
    {
        var records = access.Filter(db.LedgerRecords.AsNoTracking().Where(r => r.LedgerKey == ledger.Key));
        if (!string.IsNullOrEmpty(Q))
        {
            var q = Q.ToLowerInvariant();
            records = records.Where(r => r.Keywords.Contains(q));
        }
        if (Owner is not null) records = records.Where(r => r.OwnerUserName == Owner);
        foreach (var (name, value) in Filters) records = Filter(db, ledger, records, name, value, errors);
        if (Page < 1) errors.Add("page", "页码从 1 开始 (page starts at 1)");
        if (PageSize is < 1 or > MaxPageSize) errors.Add("pageSize", $"每页 1–{MaxPageSize} 条 (pageSize 1–{MaxPageSize})");
        return Order(db, ledger, records, errors);
    }

    private static IQueryable<LedgerRecord> Filter(OaDbContext db, LedgerDefinition ledger, IQueryable<LedgerRecord> records, string name, string value, FieldErrors errors)
    {
        var bound = name.EndsWith(".from", StringComparison.Ordinal) ? "from" : name.EndsWith(".to", StringComparison.Ordinal) ? "to" : null;
        var key = bound is null ? name : name[..name.LastIndexOf('.')];
        if (ledger.Field(key) is not { } field)
        {
            errors.Add("f." + name, $"没有字段 '{key}' (unknown filter field)");
            return records;
        }
        var values = db.LedgerFieldValues.Where(v => v.LedgerKey == ledger.Key && v.Field == key);
        if (bound is not null && field.IsNumeric)
        {
            if (!double.TryParse(value, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var n))
            {
                errors.Add("f." + name, "需要数字 (a number is required)");
                return records;
            }
            values = bound == "from" ? values.Where(v => v.Number >= n) : values.Where(v => v.Number <= n);
        }
        else if (bound is not null && field.IsDate)
        {
            if (!DateOnly.TryParseExact(value, "yyyy-MM-dd", out var day))
            {
                errors.Add("f." + name, "日期格式为 yyyy-MM-dd (a date yyyy-MM-dd is required)");
                return records;
            }
            // ISO dates (and date-times) compare correctly as text; "to" includes the whole day.
            var next = day.AddDays(1).ToString("yyyy-MM-dd");
            values = bound == "from" ? values.Where(v => string.Compare(v.Text, value) >= 0) : values.Where(v => string.Compare(v.Text, next) < 0);
        }
        else if (bound is not null)
        {
            errors.Add("f." + name, "此字段不支持范围筛选 (no range filter for this field)");
            return records;
        }
        else values = field.FilterKind == "text" ? values.Where(v => v.Text!.Contains(value)) : values.Where(v => v.Text == value);
        return records.Where(r => values.Any(v => v.RecordId == r.Id));
    }

    private IQueryable<LedgerRecord> Order(OaDbContext db, LedgerDefinition ledger, IQueryable<LedgerRecord> records, FieldErrors errors)
    {
        var sort = Sort ?? (ledger.SortField is null ? "-updatedAt" : (ledger.SortDescending ? "-" : "") + ledger.SortField);
        var desc = sort.StartsWith('-');
        var key = sort.TrimStart('-');
        IOrderedQueryable<LedgerRecord> ordered;
        switch (key)
        {
            case "updatedAt": ordered = desc ? records.OrderByDescending(r => r.UpdatedAt) : records.OrderBy(r => r.UpdatedAt); break;
            case "createdAt": ordered = desc ? records.OrderByDescending(r => r.CreatedAt) : records.OrderBy(r => r.CreatedAt); break;
            case "owner": ordered = desc ? records.OrderByDescending(r => r.OwnerUserName) : records.OrderBy(r => r.OwnerUserName); break;
            default:
                if (ledger.Field(key) is not { } field)
                {
                    errors.Add("sort", $"不能按 '{key}' 排序 (unknown sort field)");
                    return records;
                }
                var values = db.LedgerFieldValues.Where(v => v.Field == key);
                if (field.IsNumeric)
                {
                    var number = (System.Linq.Expressions.Expression<Func<LedgerRecord, double?>>)(r => values.Where(v => v.RecordId == r.Id).Select(v => v.Number).FirstOrDefault());
                    ordered = desc ? records.OrderByDescending(number) : records.OrderBy(number);
                }
                else
                {
                    var text = (System.Linq.Expressions.Expression<Func<LedgerRecord, string?>>)(r => values.Where(v => v.RecordId == r.Id).Select(v => v.Text).FirstOrDefault());
                    ordered = desc ? records.OrderByDescending(text) : records.OrderBy(text);
                }
                break;
        }
        return desc ? ordered.ThenByDescending(r => r.Id) : ordered.ThenBy(r => r.Id);
    }

    private static string? NullIfEmpty(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
