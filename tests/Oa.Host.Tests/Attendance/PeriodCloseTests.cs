using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Oa.Host.Tests.Infrastructure;
using Oa.Host.Tests.Workflow;

namespace Oa.Host.Tests.Attendance;

public sealed class CloseFactory : AttendanceFactory;

/// <summary>
/// Period 2026-05 (04-26…05-25: 劳动节 05-01…05-05 off, Saturday 05-09 a make-up workday, 19 workdays), closed on
/// 2026-05-27. Amounts are computed by hand from the seed's rules (wangwu's daily wage is the demo's 400 元).
/// </summary>
public sealed class PeriodCloseTests(CloseFactory factory) : IClassFixture<CloseFactory>
{
    private static DateOnly D(int month, int day) => new(2026, month, day);

    [Fact]
    public async Task Close_ComputesHandComputedMonth_QueuesOneApprovalPerEmployeeWithAnomalies_TheJobStartsThem_AndRerunQueuesNone()
    {
        await factory.PublishShippedAsync("attendance-exception");
        await factory.OnlyEmployeesAsync("wangwu", "lisi", "zhaoliu", "zhangsan", "zhoumin");
        // zhangsan and zhoumin have no punches at all: absent every workday, so they get an approval each too.
        // wangwu: four lates (10, 20, 5, 3 min), absent on the make-up Saturday, no evening punch on 05-11, leave 05-12…13.
        await factory.AddFullAttendanceAsync("wangwu", D(4, 26), D(4, 27), D(4, 28), D(4, 29), D(4, 30), D(5, 9), D(5, 11), D(5, 12), D(5, 13));
        await factory.AddPunchesAsync("wangwu", "2026-04-27 09:10", "2026-04-27 18:00", "2026-04-28 09:20", "2026-04-28 18:00",
            "2026-04-29 09:05", "2026-04-29 18:00", "2026-04-30 09:03", "2026-04-30 18:10", "2026-05-11 08:50");
        await factory.AddApprovedAsync("Process_Leave", "wangwu", new { leaveType = "annual", startDate = "2026-05-12", startHalf = "am", endDate = "2026-05-13", endHalf = "pm", days = 2 });
        await factory.AddApprovedAsync("Process_Leave", "wangwu", new { leaveType = "annual", startDate = "2026-05-14", startHalf = "am", endDate = "2026-05-14", endHalf = "pm", days = 1 });
        await factory.AddFullAttendanceAsync("lisi", D(4, 26));
        // zhaoliu joins on Monday 05-18 and works every day from then: not absent before joining.
        await factory.WithDbAsync(async db => { (await db.Users.SingleAsync(u => u.UserName == "zhaoliu")).HireDate = D(5, 18); });
        await factory.AddFullAttendanceAsync("zhaoliu", D(5, 18));

        var hr = await factory.ClientAsAsync("wujing");
        var closing = await hr.PostAsync("/api/attendance/periods/2026-05/close", null);
        Assert.True(closing.IsSuccessStatusCode, await closing.Content.ReadAsStringAsync());
        var first = await closing.JsonAsync();
        await factory.StartQueuedApprovalsAsync();
        var summaries = await (await hr.GetAsync("/api/attendance/periods/2026-05/summaries")).JsonAsync();
        JsonElement Of(string user) => summaries.EnumerateArray().Single(s => s.GetProperty("userName").GetString() == user);

        var w = Of("wangwu");
        Assert.Equal(19, w.GetProperty("requiredWorkdays").GetInt32());
        Assert.Equal(4, w.GetProperty("lateCount").GetInt32());
        Assert.Equal(38, w.GetProperty("lateMinutes").GetInt32());
        Assert.Equal(1, w.GetProperty("missedPunches").GetInt32());
        Assert.Equal(1m, w.GetProperty("absentDays").GetDecimal());
        Assert.Equal(3m, w.GetProperty("excusedDays").GetDecimal()); // 05-12, 05-13, and 05-14 (worked, but on approved leave)
        // lates: 10 free; 20 → 5 free + 15×20 = 300; 5 → 100; 3 → 60 + 4th arrival 10 = 470. Absent 1 × 2 × 400 = 800. 忘签 20.
        Assert.Equal(1290m, w.GetProperty("totalDeduction").GetDecimal());

        var z = Of("zhaoliu");
        Assert.Equal(8, z.GetProperty("employedDays").GetInt32());
        Assert.Equal(6, z.GetProperty("requiredWorkdays").GetInt32());
        Assert.Equal(0, z.GetProperty("anomalyCount").GetInt32());
        Assert.Equal(0, Of("lisi").GetProperty("anomalyCount").GetInt32());

        var approvals = await ApprovalsByInitiatorAsync();
        var withAnomalies = summaries.EnumerateArray().Where(s => s.GetProperty("anomalyCount").GetInt32() > 0).Select(s => s.GetProperty("userName").GetString()!).ToList();
        Assert.Equal(withAnomalies.Count, first.GetProperty("approvalsQueued").GetInt32());
        Assert.Equal(withAnomalies.Order(), approvals.Keys.Order());
        Assert.All(approvals.Values, count => Assert.Equal(1, count));
        Assert.DoesNotContain("lisi", approvals.Keys);
        Assert.DoesNotContain("zhaoliu", approvals.Keys);
        Assert.Equal(["wangwu", "zhangsan", "zhoumin"], approvals.Keys.Order());
        Assert.Equal(19m, Of("zhoumin").GetProperty("absentDays").GetDecimal());

        // The approval's first task is the employee's own explanation.
        var instanceId = w.GetProperty("exceptionInstanceId").GetString()!;
        Assert.NotNull(await (await factory.ClientAsAsync("wangwu")).TodoTaskAsync(instanceId));

        var again = await (await hr.PostAsync("/api/attendance/periods/2026-05/close", null)).JsonAsync();
        Assert.Equal(0, again.GetProperty("approvalsQueued").GetInt32());
        Assert.Equal(0, await factory.StartQueuedApprovalsAsync());
        Assert.Equal(approvals, await ApprovalsByInitiatorAsync());
        Assert.Equal(1290m, Of("wangwu").GetProperty("totalDeduction").GetDecimal());
    }

    [Fact]
    public async Task EmployeeSeesOwnMonth_NotOthers_AndCannotClose()
    {
        var me = await factory.ClientAsAsync("zhoumin");
        Assert.Equal(HttpStatusCode.OK, (await me.GetAsync("/api/attendance/month?period=2026-05")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await me.GetAsync("/api/attendance/month?period=2026-05&user=wangwu")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await me.GetAsync("/api/attendance/punches?user=wangwu")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await me.PostAsync("/api/attendance/periods/2026-05/close", null)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await me.GetAsync("/api/attendance/month?period=2026-13")).StatusCode);
    }

    [Fact]
    public async Task Close_OfAPeriodNotYetOver_IsRefused_AndBadIdIs400()
    {
        var hr = await factory.ClientAsAsync("wujing");
        Assert.Equal(HttpStatusCode.Conflict, (await hr.PostAsync("/api/attendance/periods/2026-06/close", null)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await hr.PostAsync("/api/attendance/periods/june/close", null)).StatusCode);
    }

    private Task<Dictionary<string, int>> ApprovalsByInitiatorAsync() => factory.WithDbAsync(async db =>
        (await db.ProcessInstances.Where(i => i.ProcessKey == "Process_AttendanceException").Select(i => i.Initiator!).ToListAsync())
            .GroupBy(i => i).ToDictionary(g => g.Key, g => g.Count()));
}
