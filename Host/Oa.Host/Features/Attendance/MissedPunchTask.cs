using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Oa.Host.Data.Attendance;
using Oa.Host.Engine;
using Oa.Host.Features.Attendance.Rules;

namespace Oa.Host.Features.Attendance;

/// <summary>
/// An approved 打卡补卡 adds the punch: the slot then counts as punched on time and costs no 忘签 charge. Reads the
/// shipped missed-punch form (punchDate, punchType in/out, punchTime). Idempotent per request — the correction row's
/// instance id is unique — because service tasks are delivered at least once.
/// </summary>
public sealed class MissedPunchTask(TimeProvider clock) : IHostServiceTask
{
    public const string TaskType = "oa-attendance-punch-correction";

    public string Type => TaskType;

    public async Task<IReadOnlyDictionary<string, JsonElement>> ExecuteAsync(HostServiceTaskContext context, CancellationToken ct)
    {
        var db = context.Db;
        if (context.Initiator is not { Length: > 0 } user)
            throw new ServiceTaskBusinessError("NO_EMPLOYEE", "补卡申请没有发起人 (the request has no initiator)");
        if (Text(context.Variables, "punchDate") is not { Length: >= 10 } d || !DateOnly.TryParseExact(d[..10], "yyyy-MM-dd", out var date))
            throw new ServiceTaskBusinessError("BAD_DATE", "忘签日期无效 (punchDate is missing or invalid)");
        var slot = Text(context.Variables, "punchType") == "out" ? PunchSlot.EveningOut : PunchSlot.MorningIn;
        TimeOnly? time = Text(context.Variables, "punchTime") is { } t && TimeOnly.TryParse(t, out var parsed) ? parsed : null;

        if (!await db.PunchCorrections.AnyAsync(c => c.InstanceId == context.InstanceId, ct))
        {
            db.PunchCorrections.Add(new PunchCorrectionRecord
            {
                UserName = user, Date = date, Slot = slot.ToString(), Time = time, InstanceId = context.InstanceId, CreatedAt = clock.GetUtcNow(),
            });
            try { await db.SaveChangesAsync(ct); }
            catch (DbUpdateException)
            {
                // A concurrent delivery of the same job may have written it first: then the punch is there, which is all
                // we promise; anything else is a real failure and the job is retried.
                if (!await db.PunchCorrections.AsNoTracking().AnyAsync(c => c.InstanceId == context.InstanceId, ct)) throw;
            }
        }
        return new Dictionary<string, JsonElement> { ["punchCorrected"] = JsonSerializer.SerializeToElement(true) };
    }

    private static string? Text(IReadOnlyDictionary<string, JsonElement> vars, string name) =>
        vars.TryGetValue(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
