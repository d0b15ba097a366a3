namespace Oa.EndToEnd.Tests.Security;

/// <summary>
/// Script payloads in what the attendance period pages (考勤结算) show: a department's and an employee's name in the
/// closed period's department summary, a re-open reason in its 操作记录, and a holiday's name in the work calendar;
/// then the pages as HR (<see cref="XssProbe"/>: nothing runs, nothing becomes markup, the texts are shown literally).
/// The period is in 2019, before every demo person's hire date, so the close counts only the employee made here and
/// queues one 异常考勤 approval rather than one for each demo person on the shared host.
/// </summary>
[Collection(EndToEndCollection.Name)]
public sealed class XssAttendanceSweepTests(EndToEnd e2e)
{
    private const string Period = "2019-05"; // 2019-04-26 … 2019-05-25

    private static string P(string label) => XssPayload.For(label);

    [Fact]
    public async Task ScriptPayloads_InAClosedPeriodAndTheCalendar_RenderAsText()
    {
        var n = Guid.NewGuid().ToString("N")[..6];
        var (dept, employee) = ("xssatt" + n, "xsse" + n);
        var (deptName, employeeName, reason) = (P("考勤部门" + n), P("员工" + n), P("重新打开" + n));
        // The calendar keeps 64 characters of a name: the page must show exactly those, as text.
        var holiday = P("假日" + n)[..64];
        using var admin = await SweepApi.AdminAsync(e2e);
        await admin.PostAsync("/api/org/departments", new { id = dept, name = deptName, parentId = "gs", headUserName = "wanglei" });
        await admin.PostAsync("/api/org/users", new
        {
            userName = employee, displayName = employeeName, password = "Demo@2026", departmentId = dept, hireDate = "2019-01-01", roles = Array.Empty<string>(),
        });

        using var hr = await SweepApi.AsAsync(e2e, "wujing");
        await hr.PutAsync("/api/attendance/calendar/2019-05-06", new { kind = "holiday", name = holiday });
        await hr.PostAsync($"/api/attendance/periods/{Period}/close", new { });
        await hr.PostAsync($"/api/attendance/periods/{Period}/reopen", new { reason });
        var closed = await hr.PostAsync($"/api/attendance/periods/{Period}/close", new { });
        Assert.Equal(1, closed.GetProperty("employees").GetInt32());

        var failures = new List<string>();
        await using (var h = await XssProbe.SignInAsync(e2e, "wujing", "attendance-hr", failures))
        {
            await h.VisitAsync($"/Attendance/Periods?id={Period}", deptName, employeeName, reason);
            await h.VisitAsync($"/Attendance/Periods?id={Period}&department={dept}", deptName, employeeName);
            await h.VisitAsync($"/Attendance?period={Period}&userName={employee}", employee, Period);
            await h.VisitAsync("/Attendance/Calendar?year=2019", holiday);
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }
}
