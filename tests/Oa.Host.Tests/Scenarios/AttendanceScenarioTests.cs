using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Oa.Host.Tests.Infrastructure;
using Oa.Host.Tests.Ledgers;
using Oa.Host.Tests.Workflow;

namespace Oa.Host.Tests.Scenarios;

/// <summary>请假 · 加班 · 打卡补卡 through the public API, down to what they write.</summary>
[Collection(ScenarioCollection.Name)]
public sealed class AttendanceScenarioTests(ScenarioFactory factory)
{
    private static object Leave(string type, string start, string startHalf, string end, string endHalf, decimal days) => new
    {
        leaveType = type, days, startDate = start, startHalf, endDate = end, endHalf, reason = "家中有事",
    };

    private async Task<long> BalanceAsync(string user, int year, decimal entitled)
    {
        var hr = await factory.ClientAsAsync("wujing");
        var row = await LedgerKit.CreateAsync(hr, "leave-balances", new { employee = user, year, leaveType = "annual", entitled, used = 0, remaining = entitled });
        return row.GetProperty("id").GetInt64();
    }

    private async Task<(decimal Used, decimal Remaining)> UsedAsync(long id)
    {
        var row = await (await (await factory.ClientAsAsync("wujing")).GetAsync($"/api/ledgers/leave-balances/records/{id}")).JsonAsync();
        return (decimal.Parse(row.Field("used")), decimal.Parse(row.Field("remaining")));
    }

    [Fact]
    public async Task Leave_MoreWorkdaysThanTheBalance_IsRefusedAtSubmissionOnTheDaysField()
    {
        await factory.ReadyAsync();
        await BalanceAsync("lisi", 2031, 2);
        var lisi = await factory.ClientAsAsync("lisi");
        // 2031-03-03 (Mon) … 03-07 (Fri): five workdays, two left
        var response = await lisi.PostAsJsonAsync("/api/processes/Process_Leave/instances", new { variables = Leave("annual", "2031-03-03", "am", "2031-03-07", "pm", 5) });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("假期余额不足", (await response.JsonAsync()).GetProperty("errors").GetProperty("days")[0].GetString());
        // 事假 has no balance row: no limit
        await ScenarioFactory.StartAsync(lisi, "Process_Leave", Leave("personal", "2031-03-03", "am", "2031-03-07", "pm", 5));
    }

    [Fact]
    public async Task Leave_Approved_DeductsTheWorkdaysCountedOnTheCalendar()
    {
        await factory.ReadyAsync();
        var balance = await BalanceAsync("wangwu", 2031, 10);
        var wangwu = await factory.ClientAsAsync("wangwu");
        // Fri 03-07 afternoon … Tue 03-11 morning: Fri ½ + Mon + Tue ½ = 2 workdays (the weekend does not count)
        var started = await ScenarioFactory.StartAsync(wangwu, "Process_Leave", Leave("annual", "2031-03-07", "pm", "2031-03-11", "am", 2));
        var id = started.GetProperty("id").GetString()!;
        Assert.StartsWith("QJ-20261207-", started.GetProperty("serialNo").GetString());
        await factory.ActAsync(await factory.ClientAsAsync("mashuai"), id); // 部门负责人; ≤ 3 days: no 分管领导
        await factory.ActAsync(await factory.ClientAsAsync("wujing"), id); // 人事备案 → 扣减假期余额

        Assert.Equal("completed", await factory.StatusAsync(id));
        Assert.Equal((2m, 8m), await UsedAsync(balance));
        Assert.Equal(2m, (await factory.VariablesAsync(id))["leaveWorkingDays"].GetDecimal());
    }

    [Fact]
    public async Task Leave_RejectedByTheHead_DeductsNothing()
    {
        await factory.ReadyAsync();
        var balance = await BalanceAsync("wangwu", 2032, 10);
        var wangwu = await factory.ClientAsAsync("wangwu");
        var id = (await ScenarioFactory.StartAsync(wangwu, "Process_Leave", Leave("annual", "2032-03-01", "am", "2032-03-02", "pm", 2))).GetProperty("id").GetString()!;
        await factory.ActAsync(await factory.ClientAsAsync("mashuai"), id, "reject", comment: "项目关键期");
        Assert.Equal("rejected", await factory.StatusAsync(id));
        Assert.Equal((0m, 10m), await UsedAsync(balance));
    }

    private static object Overtime(string reason) => new
    {
        planStart = "2026-12-08T20:30", planEnd = "2026-12-08T23:30", planHours = 3, overtimeKind = "workday", reason,
    };

    [Fact]
    public async Task Overtime_HrConfirmsHours_WritesTheTimeOffLedger_AndNoOvertimeWritesNothing()
    {
        await factory.ReadyAsync();
        var zhangsan = await factory.ClientAsAsync("zhangsan");
        var (wanglei, hr) = (await factory.ClientAsAsync("wanglei"), await factory.ClientAsAsync("wujing"));
        var reason = ApiClient.Unique("省平台升级割接");
        var id = (await ScenarioFactory.StartAsync(zhangsan, "Process_Overtime", Overtime(reason))).GetProperty("id").GetString()!;
        await factory.ActAsync(wanglei, id);
        await factory.ActAsync(hr, id, variables: new { actualOvertime = "yes", workdayHours = 2.5, restdayHours = 0, holidayHours = 0 });

        Assert.Equal("completed", await factory.StatusAsync(id));
        var row = Assert.Single(await LedgerKit.ListAsync(hr, "time-off", "?q=" + reason));
        Assert.Equal(("zhangsan", "2.5"), (row.GetProperty("owner").GetString(), row.Field("workdayHours")));
        Assert.Single(await LedgerKit.ListAsync(zhangsan, "time-off", "?q=" + reason)); // the employee sees their own hours

        var none = ApiClient.Unique("未实际加班");
        var other = (await ScenarioFactory.StartAsync(zhangsan, "Process_Overtime", Overtime(none))).GetProperty("id").GetString()!;
        await factory.ActAsync(wanglei, other);
        await factory.ActAsync(hr, other, variables: new { actualOvertime = "no" });
        Assert.Equal("completed", await factory.StatusAsync(other));
        Assert.Empty(await LedgerKit.ListAsync(hr, "time-off", "?q=" + none));
    }

    private static object Punch(string date) => new
    {
        punchDate = date, punchType = "in", punchTime = "08:55", onSite = false, reason = "指纹机故障", witnesses = new[] { "zhangsan", "lisi", "mashuai" },
    };

    [Fact]
    public async Task MissedPunch_WitnessesAndHrApprove_AddsThePunch_AWitnessDenyingAddsNone()
    {
        await factory.ReadyAsync();
        var wangwu = await factory.ClientAsAsync("wangwu");
        var id = (await ScenarioFactory.StartAsync(wangwu, "Process_MissedPunch", Punch("2026-12-02"))).GetProperty("id").GetString()!;
        foreach (var witness in new[] { "zhangsan", "lisi", "mashuai" }) await factory.ActAsync(await factory.ClientAsAsync(witness), id);
        await factory.ActAsync(await factory.ClientAsAsync("wujing"), id);

        Assert.Equal("completed", await factory.StatusAsync(id));
        var fix = await factory.DbAsync(db => db.PunchCorrections.SingleAsync(c => c.InstanceId == id));
        Assert.Equal(("wangwu", new DateOnly(2026, 12, 2), "MorningIn"), (fix.UserName, fix.Date, fix.Slot));

        var denied = (await ScenarioFactory.StartAsync(wangwu, "Process_MissedPunch", Punch("2026-12-03"))).GetProperty("id").GetString()!;
        await factory.ActAsync(await factory.ClientAsAsync("lisi"), denied, "reject", comment: "当天没看到他");
        Assert.Equal("rejected", await factory.StatusAsync(denied));
        Assert.False(await factory.DbAsync(db => db.PunchCorrections.AnyAsync(c => c.InstanceId == denied)));
    }

    [Fact]
    public async Task MissedPunch_OnSite_TheClerkRegistersIt_InTheOnSiteRegister_WithoutAddingAPunch()
    {
        await factory.ReadyAsync();
        var reason = ApiClient.Unique("驻地门禁打卡机离线");
        var zhangsan = await factory.ClientAsAsync("zhangsan"); // 驻地 (京津冀鲁)
        var id = (await ScenarioFactory.StartAsync(zhangsan, "Process_MissedPunch", new
        {
            punchDate = "2026-12-04", punchType = "out", punchTime = "18:10", onSite = true, reason,
        })).GetProperty("id").GetString()!;
        Assert.Null(await (await factory.ClientAsAsync("wujing")).TodoTaskAsync(id)); // no witnesses, no HR: 驻外人员忘签报备至内勤处登记
        await factory.ActAsync(await factory.ClientAsAsync("zhengshuang"), id, variables: new { hrRemark = "已与驻地核实" });

        Assert.Equal("completed", await factory.StatusAsync(id));
        var row = Assert.Single(await LedgerKit.ListAsync(zhangsan, "missed-punches", "?q=" + reason));
        Assert.Equal(("zhangsan", "2026-12-04", "out", "已与驻地核实"), (row.GetProperty("owner").GetString(), row.Field("punchDate"), row.Field("punchType"), row.Field("hrRemark")));
        Assert.False(await factory.DbAsync(db => db.PunchCorrections.AnyAsync(c => c.InstanceId == id))); // 一次忘签扣20元: still charged
    }
}
