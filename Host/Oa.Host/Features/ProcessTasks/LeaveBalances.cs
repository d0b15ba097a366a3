using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Oa.Host.Data;
using Oa.Host.Data.Ledgers;

namespace Oa.Host.Features.ProcessTasks;

/// <summary>
/// The 假期余额 ledger (Definitions/Ledgers/leave-balances.ledger.json): one row per person, year and leave type, kept by
/// HR (额度) and by approved leave (已用, 剩余). A leave type without a row has no limit (事假, 病假, 婚假…).
/// </summary>
public static class LeaveBalances
{
    public const string LedgerKey = "leave-balances";

    public sealed record Balance(LedgerRecord Record, decimal Entitled, decimal Used)
    {
        public decimal Remaining => Entitled - Used;
    }

    public static async Task<Balance?> FindAsync(OaDbContext db, string user, int year, string leaveType, bool track, CancellationToken ct)
    {
        var query = db.LedgerRecords.Include(r => r.Values)
            .Where(r => r.LedgerKey == LedgerKey && r.Values.Any(v => v.Field == "employee" && v.Text == user));
        var rows = await (track ? query : query.AsNoTracking()).ToListAsync(ct);
        foreach (var row in rows)
        {
            var data = JsonNode.Parse(row.DataJson)!.AsObject();
            if (Number(data["year"]) == year && data["leaveType"]?.ToString() == leaveType)
                return new Balance(row, Number(data["entitled"]) ?? 0, Number(data["used"]) ?? 0);
        }
        return null;
    }

    private static decimal? Number(JsonNode? node) =>
        node is JsonValue v && (v.TryGetValue<decimal>(out var d) || decimal.TryParse(v.ToString(), System.Globalization.CultureInfo.InvariantCulture, out d)) ? d : null;
}
