using Microsoft.EntityFrameworkCore;
using Oa.Host.Data;
using Oa.Host.Data.Attendance;
using Oa.Host.Features.Attendance.Rules;

namespace Oa.Host.Features.Attendance.Close;

/// <summary>The period row and its audit trail: every state change is written with who, when and why.</summary>
public static class PeriodRows
{
    public static async Task<AttendancePeriodRecord> GetOrAddAsync(OaDbContext db, string periodId, AttendancePeriod period, CancellationToken ct)
    {
        var row = await db.AttendancePeriods.FirstOrDefaultAsync(p => p.Id == periodId, ct);
        if (row is not null) return row;
        row = new AttendancePeriodRecord { Id = periodId, Start = period.Start, End = period.End };
        db.AttendancePeriods.Add(row);
        return row;
    }

    public static void Transition(OaDbContext db, AttendancePeriodRecord row, string state, string action, string user, string? reason, TimeProvider clock)
    {
        row.State = state;
        row.Version++;
        db.PeriodAudit.Add(new PeriodAuditRecord { PeriodId = row.Id, Action = action, UserName = user, At = clock.GetUtcNow(), Reason = reason });
    }
}
