using Microsoft.EntityFrameworkCore;
using Oa.Host.Data;
using Oa.Host.Features.Attendance.Close;
using Oa.Host.Features.Attendance.Rules;

namespace Oa.Host.Features.Payroll;

/// <summary>
/// The lines a period should pay, from approved requests (field names of the shipped forms in Definitions/Forms) and
/// the confirmed attendance results. Every amount is rounded to 分 per line.
/// </summary>
public sealed class AllowanceLines(OaDbContext db, PayrollSettings settings, WorkCalendar calendar, AttendancePeriod period, string periodId)
{
    public async Task<List<PayrollLine>> ComputeAsync(CancellationToken ct)
    {
        var lines = new List<PayrollLine>();
        var summaries = await db.PeriodSummaries.AsNoTracking().Where(s => s.PeriodId == periodId).ToListAsync(ct);
        var wages = await db.Users.AsNoTracking().Select(u => new { u.UserName, u.DailyWage }).ToDictionaryAsync(u => u.UserName!, u => u.DailyWage, ct);

        // 考勤扣款: the confirmed month's deductions, as a negative line.
        lines.AddRange(summaries.Where(s => s.TotalDeduction != 0)
            .Select(s => new PayrollLine(s.UserName, PayrollKinds.Attendance, "attendance", -s.TotalDeduction, $"考勤扣款（迟到{s.LateCount}次/早退{s.EarlyCount}次/忘签{s.MissedPunches}次/旷工{s.AbsentDays:0.#}天）")));

        await SecondmentAsync(lines, ct);
        foreach (var r in await ApprovedRequests.LoadAsync(db, "Process_CertAllowance", period.Start.AddYears(-20), ct))
        {
            if (r.Initiator is null || !Started(r.Text("startMonth")) || r.Date("validUntil") is { } until && until < period.Start) continue;
            if (r.Number("monthlyAmount") is not { } amount || amount <= 0) continue;
            var no = r.Text("certNo") ?? r.InstanceId;
            lines.Add(new(r.Initiator, PayrollKinds.Certificate, no, Round(amount), $"资质证书津贴：{r.Text("certName")}（{no}）"));
        }
        // 仅需在OA系统申请一次即可: one laptop allowance per person however many requests were approved.
        foreach (var r in (await ApprovedRequests.LoadAsync(db, "Process_LaptopAllowance", period.Start.AddYears(-20), ct))
                 .Where(r => r.Initiator is not null && Started(r.Text("startMonth"))).DistinctBy(r => r.Initiator))
            lines.Add(new(r.Initiator!, PayrollKinds.Laptop, "laptop", settings.LaptopMonthly, $"自带电脑补贴（{r.Text("brand")} {r.Text("model")}）"));

        foreach (var r in await ApprovedRequests.LoadAsync(db, "Process_Overtime", period.Start, ct))
        {
            if (r.Initiator is null || r.Text("actualOvertime") != "yes" || r.Date("planStart") is not { } day || !period.Contains(day)) continue;
            var (w, rd, h) = (r.Number("workdayHours") ?? 0, r.Number("restdayHours") ?? 0, r.Number("holidayHours") ?? 0);
            if (w + rd + h <= 0) continue;
            var hourly = wages.GetValueOrDefault(r.Initiator) / 8m;
            var pay = settings.OvertimeAs == "timeoff" ? 0m
                : Round(hourly * (w * settings.WorkdayOvertimeRate + rd * settings.RestDayOvertimeRate + h * settings.HolidayOvertimeRate));
            var text = settings.OvertimeAs == "timeoff" ? $"加班 {w + rd + h:0.#} 小时转调休（{day:MM-dd}）" : $"加班费：工作日{w:0.#}h/公休日{rd:0.#}h/节假日{h:0.#}h（{day:MM-dd}）";
            lines.Add(new(r.Initiator, PayrollKinds.Overtime, r.InstanceId, pay, text));
        }
        return lines;
    }

    /// <summary>
    /// 外派补贴每月根据出勤核算: the full monthly amount × workdays attended during the secondment ÷ workdays of the period
    /// (on the calendar, so holidays and make-up days count as the company counts them). A secondment starts on the
    /// approved start (three days after arrival) and ends on the approved 外派结束 date, or stays open.
    /// </summary>
    private async Task SecondmentAsync(List<PayrollLine> lines, CancellationToken ct)
    {
        var workdays = period.Days().Count(d => calendar.KindOf(d) == DayKind.Workday);
        if (workdays == 0) return;
        var ends = (await ApprovedRequests.LoadAsync(db, "Process_SecondmentEnd", period.Start, ct))
            .Where(r => r.Initiator is not null && r.Date("endDate") is not null).ToList();
        foreach (var r in await ApprovedRequests.LoadAsync(db, "Process_SecondmentStart", period.Start.AddYears(-5), ct))
        {
            var who = r.Users("employee").FirstOrDefault();
            var start = r.Date("startDate") ?? r.Date("arrivalDate")?.AddDays(3);
            if (who is null || start is not { } from || from > period.End) continue;
            var to = ends.Where(e => e.Initiator == who && e.Date("endDate") >= from).Select(e => e.Date("endDate")!.Value).DefaultIfEmpty(DateOnly.MaxValue).Min();
            if (to < period.Start) continue;
            var days = await db.DayResults.AsNoTracking().Where(d => d.PeriodId == periodId && d.UserName == who && d.Date >= from && d.Date <= to).ToListAsync(ct);
            var attended = days.Select(StoredResults.ToRule).Sum(StoredResults.Attended);
            if (attended <= 0) continue;
            lines.Add(new(who, PayrollKinds.Secondment, r.InstanceId, Round(settings.SecondmentMonthly * attended / workdays),
                $"外派补贴：{r.Text("destination")} {r.Text("customer")} 出勤 {attended:0.#}/{workdays} 天"));
        }
    }

    /// <summary>起发月份 as "yyyy-MM" (or a date): paid from that period on; empty means from approval.</summary>
    private bool Started(string? startMonth) =>
        string.IsNullOrWhiteSpace(startMonth) || string.CompareOrdinal(startMonth.Trim()[..Math.Min(7, startMonth.Trim().Length)].Replace('/', '-'), periodId) <= 0;

    private static decimal Round(decimal v) => Math.Round(v, 2, MidpointRounding.AwayFromZero);
}
