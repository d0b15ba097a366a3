using System.Net;
using Oa.Host.Tests.Infrastructure;
using Oa.Host.Tests.Workbench;
using static Oa.Host.Tests.Reports.ReportKit;

namespace Oa.Host.Tests.Reports;

/// <summary>团队看板 on 工作台: the head of 浙闽赣 (xuming, the only member) sees his team's figures; others see no block.</summary>
public sealed class ManagerDashboardTests(OaFactory factory) : IClassFixture<OaFactory>
{
    [Fact]
    public async Task Dashboard_CountsTeamRequests_OverdueMonthAndBottleneck()
    {
        var now = DateTimeOffset.UtcNow;
        var lastMonth = now.AddDays(-40);
        // Running, its open step due an hour ago: open + overdue.
        await factory.InstanceAsync("dash_a", "xuming", "fwyyb-zmg", "running", now,
            Step("Task_Check", "区域审核", "sunli", now.AddMinutes(-1), Due: now.AddHours(-1)));
        // Running and on time.
        await factory.InstanceAsync("dash_a", "xuming", "fwyyb-zmg", "running", lastMonth,
            Step("Task_Check", "区域审核", "sunli", lastMonth, lastMonth.AddHours(1), "sunli"),
            Step("Task_Pay", "财务付款", "qianhua", lastMonth.AddHours(1), Due: now.AddDays(2)));
        // Finished: 财务付款 took 10 h, 区域审核 1 h and 3 h → 财务付款 is the bottleneck.
        await factory.InstanceAsync("dash_b", "xuming", "fwyyb-zmg", "completed", lastMonth,
            Step("Task_Check", "区域审核", "sunli", lastMonth, lastMonth.AddHours(3), "sunli"),
            Step("Task_Pay", "财务付款", "qianhua", lastMonth.AddHours(3), lastMonth.AddHours(13), "qianhua"));
        // Someone else's department does not count.
        await factory.InstanceAsync("dash_a", "zhangsan", "fwyyb-jjjl", "running", now,
            Step("Task_Check", "区域审核", "wanglei", now.AddMinutes(-1), Due: now.AddHours(-1)));

        var response = await (await factory.ClientAsAsync("xuming")).GetAsync("/api/reports/dashboard");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var d = await response.JsonAsync();
        Assert.Equal(2, d.GetProperty("openRequests").GetInt32());
        Assert.Equal(1, d.GetProperty("overdueRequests").GetInt32());
        Assert.Equal(1, d.GetProperty("startedThisMonth").GetInt32());
        Assert.Equal("Task_Pay", d.GetProperty("topBottleneck").GetProperty("elementId").GetString());
        Assert.Equal(10, d.GetProperty("topBottleneck").GetProperty("averageHours").GetDouble());
        Assert.Single(d.GetProperty("overdue").EnumerateArray());

        var page = await (await WorkbenchBrowser.SignInAsync(factory, "xuming")).PageAsync("/");
        Assert.Contains("data-manager-dashboard", page);
        Assert.Contains("财务付款", page);
    }

    [Fact]
    public async Task Dashboard_NotForSomeoneWhoHeadsNothing()
    {
        Assert.Equal(HttpStatusCode.Forbidden, (await (await factory.ClientAsAsync("lisi")).GetAsync("/api/reports/dashboard")).StatusCode);
        var page = await (await WorkbenchBrowser.SignInAsync(factory, "lisi")).PageAsync("/");
        Assert.DoesNotContain("data-manager-dashboard", page);
    }
}
