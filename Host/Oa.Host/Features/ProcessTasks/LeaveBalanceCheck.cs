using System.Text.Json.Nodes;
using Oa.Forms.Validation;
using Oa.Host.Data;
using Oa.Host.Features.Attendance;

namespace Oa.Host.Features.ProcessTasks;

/// <summary>请假 at submission: a leave type with a 假期余额 row may not ask for more workdays than remain.</summary>
public sealed class LeaveBalanceCheck(OaDbContext db) : IStartCheck
{
    public string ProcessKey => "Process_Leave";

    public async Task<IReadOnlyList<FieldError>> CheckAsync(JsonObject data, string user, CancellationToken ct)
    {
        var calendar = await AttendanceData.CalendarAsync(db, ct);
        if (LeaveDays.From(calendar, data) is not { } leave) return [];
        if (await LeaveBalances.FindAsync(db, user, leave.Start.Year, leave.LeaveType, track: false, ct) is not { } balance) return [];
        if (leave.Days <= balance.Remaining) return [];
        return [new FieldError("days", "balance",
            $"假期余额不足：按工作日历本次请假 {leave.Days:0.#} 天，{leave.Start.Year} 年剩余 {balance.Remaining:0.#} 天",
            $"Not enough leave left: this request is {leave.Days:0.#} workdays, {balance.Remaining:0.#} remain for {leave.Start.Year}")];
    }
}
