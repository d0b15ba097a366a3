using System.Text.Json.Nodes;
using Oa.Forms.Validation;
using Oa.Host.Engine;
using Oa.Host.Features.Attendance.Rules;
using Oa.Host.Features.Instances;
using Oa.Host.Features.Org;

namespace Oa.Host.Features.Attendance.Close;

/// <summary>
/// Starts one 异常考勤审批 for an employee, as StartService does for a person (server-side form validation, title,
/// serial number) but under the system's audit: the employee is the initiator — the first task is theirs — while the
/// history says the attendance close started it.
/// </summary>
public sealed class ExceptionApprovalStarter(EngineHost engine, PendingStarts pending, OrgCache orgCache, TimeProvider clock)
{
    public const string ProcessKey = "Process_AttendanceException";

    /// <param name="data">What <see cref="FormData"/> gave at the close (stored with the claim until the approvals job starts it).</param>
    public async Task StartAsync(string instanceId, string periodId, string employeeId, JsonObject data, CancellationToken ct)
    {
        await engine.PrepareAsync(ct);
        var process = engine.Definitions.LatestOf(ProcessKey)
            ?? throw new InvalidOperationException($"{ProcessKey} (Definitions/Processes/attendance-exception.bpmn) is not published");
        var form = process.FormId is null ? null : engine.Definitions.LatestForm(process.FormId);
        if (form is not null)
        {
            var result = FormSubmissionProcessor.Process(form.Schema, data, new FormContext { Language = "zh-CN", Clock = clock, Permissions = process.StartPermissions });
            if (!result.IsValid)
                throw new InvalidOperationException($"异常考勤 form rejected the close's data: {string.Join("; ", result.Errors.Select(e => $"{e.Path}: {e.MessageZh}"))}");
            data = result.Data;
        }
        var org = await orgCache.GetAsync(ct);
        var initiator = org.GetUser(employeeId);
        var title = TitleTemplate.Render(process.Settings.TitleTemplate, process.Name, initiator, org, data, clock.GetLocalNow());
        pending.Add(instanceId, new StartMetadata(title, initiator?.DepartmentId, form?.FormId, form?.Version));
        await engine.StartAsync(ProcessKey, instanceId, employeeId, $"attendance:{periodId}:{employeeId}",
            FormAccess.ToVariables(data), new CommandAudit("system", $"考勤结算 {periodId}", null, Action: "start"), ct);
    }

    /// <summary>The form's lines (attendance-exception.form) plus HR's counts pre-filled with what the close computed.</summary>
    public static JsonObject FormData(AttendancePeriod period, PeriodSummary summary)
    {
        var lines = new JsonArray();
        foreach (var a in summary.Anomalies)
        {
            var line = new JsonObject { ["date"] = a.Date.ToString("yyyy-MM-dd"), ["kind"] = KindValue(a.Kind) };
            if (a.Kind is AnomalyKind.Late or AnomalyKind.EarlyLeave) line["minutes"] = a.Quantity;
            lines.Add(line);
        }
        return new JsonObject
        {
            ["period"] = $"{period.Start:yyyy-MM-dd}~{period.End:yyyy-MM-dd}",
            ["anomalies"] = lines,
            // decimal, not int: the form validator reads numbers as decimal values
            ["lateCount"] = (decimal)summary.LateCount,
            ["lateMinutes"] = (decimal)summary.LateMinutes,
            ["missingCount"] = (decimal)summary.MissedPunches,
            ["absentDays"] = summary.AbsentDays,
        };
    }

    public static string KindValue(AnomalyKind kind) => kind switch
    {
        AnomalyKind.Late => "late",
        AnomalyKind.EarlyLeave => "early",
        AnomalyKind.MissedPunch => "missing",
        _ => "absent",
    };
}
