using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Oa.Host.Tests.Infrastructure;
using Oa.Workflows.Runtime;

namespace Oa.Host.Tests.Attendance;

public sealed class ConfirmFactory : AttendanceFactory;

/// <summary>
/// Confirmation applies HR's 免责 verdicts from the completed 异常考勤审批 and then fixes the results. The approval's
/// completion is written straight into the instance (as the engine would leave it after 人事核定), not driven
/// through its three tasks — those belong to the workflow tests.
/// </summary>
public sealed class ConfirmTests(ConfirmFactory factory) : IClassFixture<ConfirmFactory>
{
    [Fact]
    public async Task Confirm_TakesOutExcusedLines_ThenTheResultsAreFixed()
    {
        await factory.PublishShippedAsync("attendance-exception");
        await factory.OnlyEmployeesAsync("yangfan");
        // 2026-04 (03-26…04-25, 清明 04-04…04-06): yangfan (500 元/day) is absent on 04-08 and 04-09.
        var calendar = await factory.WithDbAsync(db => Features.Attendance.AttendanceData.CalendarAsync(db, CancellationToken.None));
        var times = new List<string>();
        for (var d = new DateOnly(2026, 3, 26); d <= new DateOnly(2026, 4, 25); d = d.AddDays(1))
            if (calendar.KindOf(d) == Features.Attendance.Rules.DayKind.Workday && d != new DateOnly(2026, 4, 8) && d != new DateOnly(2026, 4, 9))
                times.AddRange([$"{d:yyyy-MM-dd} 08:55", $"{d:yyyy-MM-dd} 18:05"]);
        await factory.AddPunchesAsync("yangfan", [.. times]);
        var hr = await factory.ClientAsAsync("wujing");
        (await hr.PostAsync("/api/attendance/periods/2026-04/close", null)).EnsureSuccessStatusCode();
        Assert.Equal(2000m, await DeductionAsync(hr)); // 2 days × 2 × 500
        await factory.StartQueuedApprovalsAsync();

        // 人事核定: 04-08 was an approved outing after all (免责); 04-09 stays.
        var instanceId = await factory.WithDbAsync(db => db.ExceptionApprovals.Where(a => a.UserName == "yangfan").Select(a => a.InstanceId).SingleAsync());
        await factory.WithDbAsync(async db =>
        {
            var row = await db.ProcessInstances.SingleAsync(i => i.Id == instanceId);
            var state = InstanceStateSerializer.Deserialize(row.StateJson);
            var lines = JsonNode.Parse(state.Variables["anomalies"].GetRawText())!.AsArray();
            foreach (var line in lines) line!["verdict"] = line["date"]!.GetValue<string>() == "2026-04-08" ? "excused" : "confirmed";
            state = state with { Status = InstanceStatus.Completed, Variables = state.Variables.SetItem("anomalies", JsonSerializer.SerializeToElement(lines)) };
            row.StateJson = InstanceStateSerializer.Serialize(state);
            row.Status = "completed";
        });

        var confirmed = await (await hr.PostAsync("/api/attendance/periods/2026-04/confirm", null)).JsonAsync();
        Assert.Equal(1, confirmed.GetProperty("excused").GetInt32());
        Assert.Equal(1000m, await DeductionAsync(hr));
        Assert.Equal(HttpStatusCode.Conflict, (await hr.PostAsync("/api/attendance/periods/2026-04/close", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await hr.PostAsync("/api/attendance/periods/2026-04/confirm", null)).StatusCode);
        Assert.Equal(1000m, await DeductionAsync(hr));
    }

    private static async Task<decimal> DeductionAsync(HttpClient hr) =>
        (await (await hr.GetAsync("/api/attendance/periods/2026-04/summaries")).JsonAsync()).EnumerateArray()
            .Single(s => s.GetProperty("userName").GetString() == "yangfan").GetProperty("totalDeduction").GetDecimal();
}
