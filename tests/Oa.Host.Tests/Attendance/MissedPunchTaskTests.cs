using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Oa.Host.Data;
using Oa.Host.Engine;
using Oa.Host.Features.Attendance;
using Oa.Host.Tests.Infrastructure;

namespace Oa.Host.Tests.Attendance;

public sealed class MissedPunchFactory : AttendanceFactory;

/// <summary>An approved 补卡 adds the punch (called directly: the service-task runner is not part of this branch).</summary>
public sealed class MissedPunchTaskTests(MissedPunchFactory factory) : IClassFixture<MissedPunchFactory>
{
    private async Task RunAsync(string instanceId, string jobId, object variables)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var task = scope.ServiceProvider.GetServices<IHostServiceTask>().Single(t => t.Type == MissedPunchTask.TaskType);
        var vars = JsonSerializer.SerializeToElement(variables).EnumerateObject().ToDictionary(p => p.Name, p => p.Value.Clone());
        var ctx = new HostServiceTaskContext(scope.ServiceProvider.GetRequiredService<OaDbContext>(), instanceId, "Process_MissedPunch",
            "Task_AddPunch", jobId, new Dictionary<string, string>(), vars, "chenjing");
        await task.ExecuteAsync(ctx, CancellationToken.None);
    }

    [Fact]
    public async Task ApprovedCorrection_AddsOnePunchEvenWhenDeliveredTwice_AndTheCloseChargesNo忘签()
    {
        await factory.PublishShippedAsync("attendance-exception");
        await factory.OnlyEmployeesAsync("chenjing");
        // 2026-04 period (03-26…04-25): chenjing forgot to punch out on 04-08 and got the 补卡 approved.
        var calendar = await factory.WithDbAsync(db => AttendanceData.CalendarAsync(db, CancellationToken.None));
        var times = new List<string>();
        for (var d = new DateOnly(2026, 3, 26); d <= new DateOnly(2026, 4, 25); d = d.AddDays(1))
            if (calendar.KindOf(d) == Features.Attendance.Rules.DayKind.Workday)
                times.AddRange(d == new DateOnly(2026, 4, 8) ? [$"{d:yyyy-MM-dd} 08:55"] : [$"{d:yyyy-MM-dd} 08:55", $"{d:yyyy-MM-dd} 18:05"]);
        await factory.AddPunchesAsync("chenjing", [.. times]);

        await RunAsync("mp-1", "job-1", new { punchDate = "2026-04-08", punchType = "out", punchTime = "18:30", reason = "忘记打卡" });
        await RunAsync("mp-1", "job-1", new { punchDate = "2026-04-08", punchType = "out", punchTime = "18:30", reason = "忘记打卡" });
        var fixes = await factory.WithDbAsync(db => db.PunchCorrections.Where(c => c.UserName == "chenjing").ToListAsync());
        Assert.Equal(("2026-04-08", "EveningOut"), (fixes.Single().Date.ToString("yyyy-MM-dd"), fixes.Single().Slot));

        var hr = await factory.ClientAsAsync("wujing");
        var closed = await (await hr.PostAsync("/api/attendance/periods/2026-04/close", null)).JsonAsync();
        Assert.Equal(0, closed.GetProperty("withAnomalies").GetInt32());
        var month = await (await (await factory.ClientAsAsync("chenjing")).GetAsync("/api/attendance/month?period=2026-04")).JsonAsync();
        Assert.Equal(1, month.GetProperty("summary").GetProperty("correctedPunches").GetInt32());
        Assert.Equal(0m, month.GetProperty("summary").GetProperty("totalDeduction").GetDecimal());
        var punches = await (await (await factory.ClientAsAsync("chenjing")).GetAsync("/api/attendance/punches?from=2026-04-08&to=2026-04-08")).JsonAsync();
        Assert.Contains(punches.EnumerateArray(), p => p.GetProperty("correction").GetBoolean());
    }

    [Fact]
    public async Task MissingDate_IsABusinessError()
    {
        var error = await Assert.ThrowsAsync<ServiceTaskBusinessError>(() => RunAsync("mp-2", "job-2", new { punchType = "in" }));
        Assert.Equal("BAD_DATE", error.ErrorCode);
    }
}
