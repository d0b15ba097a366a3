using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Oa.Host.Data;
using Oa.Workflows.Runtime;

namespace Oa.Host.Features.Attendance.Close;

/// <summary>
/// Reads variables of completed (approved) requests of a process. "completed" is the status the instance store gives
/// an instance that ended without a rejection (a rejected one is "rejected", a withdrawn one "cancelled"), so only
/// approved requests count. Requests that ended more than a year before the period cannot reach into it.
/// </summary>
public static class ApprovedRequests
{
    public sealed record Request(string InstanceId, string? Initiator, IReadOnlyDictionary<string, JsonElement> Variables);

    public static async Task<List<Request>> LoadAsync(OaDbContext db, string processKey, DateOnly periodStart, CancellationToken ct)
    {
        var since = new DateTimeOffset(periodStart.AddYears(-1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var rows = await db.ProcessInstances.AsNoTracking()
            .Where(i => i.ProcessKey == processKey && i.Status == "completed")
            .Select(i => new { i.Id, i.Initiator, i.StateJson, i.EndedAt }).ToListAsync(ct);
        return rows.Where(r => r.EndedAt is null || r.EndedAt >= since)
            .Select(r => new Request(r.Id, r.Initiator, InstanceStateSerializer.Deserialize(r.StateJson).Variables)).ToList();
    }

    public static string? Text(this Request r, string name) =>
        r.Variables.TryGetValue(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    public static bool Flag(this Request r, string name) =>
        r.Variables.TryGetValue(name, out var v) && v.ValueKind == JsonValueKind.True;

    public static decimal? Number(this Request r, string name) =>
        r.Variables.TryGetValue(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetDecimal()
        : r.Text(name) is { } s && decimal.TryParse(s, System.Globalization.CultureInfo.InvariantCulture, out var d) ? d : null;

    /// <summary>form-js dates are "yyyy-MM-dd"; a datetime value's date part is accepted too.</summary>
    public static DateOnly? Date(this Request r, string name) =>
        r.Text(name) is { Length: >= 10 } s && DateOnly.TryParseExact(s[..10], "yyyy-MM-dd", out var d) ? d : null;

    /// <summary>A user field holds one user name or a list of them.</summary>
    public static IEnumerable<string> Users(this Request r, string name)
    {
        if (!r.Variables.TryGetValue(name, out var v)) yield break;
        if (v.ValueKind == JsonValueKind.String && v.GetString() is { Length: > 0 } one) yield return one;
        if (v.ValueKind != JsonValueKind.Array) yield break;
        foreach (var e in v.EnumerateArray())
            if (e.ValueKind == JsonValueKind.String && e.GetString() is { Length: > 0 } u) yield return u;
    }
}
