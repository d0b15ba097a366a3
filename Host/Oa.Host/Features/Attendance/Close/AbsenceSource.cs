using Oa.Host.Data;
using Oa.Host.Features.Attendance.Rules;

namespace Oa.Host.Features.Attendance.Close;

/// <summary>
/// Approved 请假 and 出差申请 as the rules' <see cref="ApprovedAbsence"/>. Field names are those of the shipped forms
/// (Definitions/Forms/leave.form: startDate/startHalf/endDate/endHalf with am/pm; travel-request.form: startDate/endDate,
/// whole days, companions travel too). There is no separate 外出 process yet; it would be read the same way.
/// </summary>
public static class AbsenceSource
{
    public const string LeaveProcess = "Process_Leave";
    public const string TripProcess = "Process_TravelRequest";

    public static async Task<List<ApprovedAbsence>> LoadAsync(OaDbContext db, AttendancePeriod period, CancellationToken ct)
    {
        var list = new List<ApprovedAbsence>();
        foreach (var r in await ApprovedRequests.LoadAsync(db, LeaveProcess, period.Start, ct))
        {
            if (r.Initiator is null || r.Date("startDate") is not { } from) continue;
            var to = r.Date("endDate") ?? from;
            list.Add(new ApprovedAbsence(r.Initiator, AbsenceKind.Leave, from, Half(r.Text("startHalf"), DayHalf.Morning), to, Half(r.Text("endHalf"), DayHalf.Afternoon)));
        }
        foreach (var r in await ApprovedRequests.LoadAsync(db, TripProcess, period.Start, ct))
        {
            if (r.Initiator is null || r.Date("startDate") is not { } from) continue;
            var to = r.Date("endDate") ?? from;
            foreach (var who in r.Users("companions").Prepend(r.Initiator).Distinct())
                list.Add(ApprovedAbsence.Days(who, AbsenceKind.Trip, from, to));
        }
        return list.Where(a => a.ToDate >= period.Start && a.FromDate <= period.End).ToList();
    }

    private static DayHalf Half(string? value, DayHalf fallback) => value switch
    {
        "am" => DayHalf.Morning,
        "pm" => DayHalf.Afternoon,
        _ => fallback,
    };
}
