using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Oa.Host.Engine;
using Oa.Host.Features.Attendance;
using Oa.Host.Features.Ledgers;

namespace Oa.Host.Features.ProcessTasks;

/// <summary>
/// <c>oa-leave-deduct</c> (leave.bpmn, after 人事备案): the approved leave's workdays come off the person's 假期余额 row
/// for that year and type (已用 up, 剩余 down). The balance was checked at submission (<see cref="LeaveBalanceCheck"/>);
/// if it ran short meanwhile the deduction still happens — the leave is approved — and 剩余 shows the overdraft to HR.
/// Idempotent per job: the ledger audit row carries the job id.
/// </summary>
public sealed class LeaveDeductTask(LedgerCatalog catalog, LedgerWriter writer) : IHostServiceTask
{
    public const string TaskType = "oa-leave-deduct";

    public string Type => TaskType;

    public async Task<IReadOnlyDictionary<string, JsonElement>> ExecuteAsync(HostServiceTaskContext context, CancellationToken ct)
    {
        var db = context.Db;
        var calendar = await AttendanceData.CalendarAsync(db, ct);
        var leave = LeaveDays.From(calendar, context.Variables)
            ?? throw new ServiceTaskBusinessError("BAD_LEAVE", "请假类型或起止日期无效 (leaveType, startDate or endDate is missing or invalid)");
        var result = new Dictionary<string, JsonElement> { ["leaveWorkingDays"] = JsonSerializer.SerializeToElement(leave.Days) };
        if (await db.LedgerAudit.AsNoTracking().AnyAsync(a => a.JobId == context.JobId, ct)) return result; // a retried job: already deducted
        if (context.Initiator is not { Length: > 0 } user) return result;

        var balance = await LeaveBalances.FindAsync(db, user, leave.Start.Year, leave.LeaveType, track: true, ct);
        var ledger = await catalog.GetAsync(db, LeaveBalances.LedgerKey, ct);
        if (balance is null || ledger is null || leave.Days == 0) return result;
        var used = balance.Used + leave.Days;
        var change = new LedgerWriter.Change("system", $"process:{context.InstanceId}", JobId: context.JobId);
        var written = await writer.UpdateAsync(ledger, balance.Record, new JsonObject { ["used"] = used, ["remaining"] = balance.Entitled - used }, null, change, ct);
        if (written is LedgerWriteResult.Invalid invalid)
            throw new ServiceTaskBusinessError("LEDGER_INVALID", string.Join("; ", invalid.Errors.Select(e => $"{e.Key}: {string.Join(", ", e.Value)}")));
        if (written is not LedgerWriteResult.Ok) throw new InvalidOperationException("假期余额被同时修改，稍后重试 (the balance changed concurrently; retried)");
        result["leaveBalanceAfter"] = JsonSerializer.SerializeToElement(balance.Entitled - used);
        return result;
    }
}
