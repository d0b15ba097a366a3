using System.Net;
using System.Text.Json;
using MiniExcelLibs;
using Oa.Host.Tests.Designer;
using Oa.Host.Tests.Infrastructure;
using static Oa.Host.Tests.Reports.ReportKit;

namespace Oa.Host.Tests.Reports;

/// <summary>
/// Process report figures against a hand-computed fixture, and the report scope: admins all, the process's admins all of
/// its instances, department heads only their department's, everyone else nothing — on the list, report and export.
/// </summary>
public sealed class ProcessReportTests(OaFactory factory) : IClassFixture<OaFactory>
{
    /// <summary>
    /// Four requests. 审批 A took 2 h, 4 h and 1 h (one more was cancelled and does not count): average 7/3 = 2.33 h,
    /// p90 = the 3rd of 3 sorted = 4 h. 审批 B took 24 h once (late: due after 22 h) and is open and past due once:
    /// average 24 h → the bottleneck; 2 overdue tasks on 2 requests.
    /// </summary>
    private async Task<string> SeedAsync()
    {
        var key = await factory.PublishOwnLeaveAsync(admins: "dengke");
        await factory.InstanceAsync(key, "zhangsan", "fwyyb-jjjl", "completed", At("2026-03-10T09:00:00"),
            Step("Task_A", "部门审批", "wanglei", At("2026-03-10T09:00:00"), At("2026-03-10T11:00:00"), "wanglei"),
            Step("Task_B", "人事审批", "wujing", At("2026-03-10T11:00:00"), At("2026-03-11T11:00:00"), "wujing", Due: At("2026-03-11T09:00:00")));
        await factory.InstanceAsync(key, "lisi", "fwyyb-jjjl", "rejected", At("2026-03-20T10:00:00"),
            Step("Task_A", "部门审批", "wanglei", At("2026-03-20T10:00:00"), At("2026-03-20T14:00:00"), "wanglei"));
        await factory.InstanceAsync(key, "wangwu", "fwyyb-jys", "running", At("2026-04-05T08:00:00"),
            Step("Task_A", "部门审批", "mashuai", At("2026-04-05T08:00:00"), At("2026-04-05T09:00:00"), "mashuai"),
            Step("Task_B", "人事审批", "wujing", At("2026-04-05T09:00:00"), Due: At("2026-04-06T09:00:00")));
        await factory.InstanceAsync(key, "zhangsan", "fwyyb-jjjl", "cancelled", At("2026-04-15T10:00:00"),
            Step("Task_A", "部门审批", "wanglei", At("2026-04-15T10:00:00"), At("2026-04-15T10:30:00"), Cancelled: true));
        return key;
    }

    private static async Task<JsonElement> ReportAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url} → {(int)response.StatusCode}");
        return (await response.JsonAsync()).GetProperty("figures");
    }

    private static Dictionary<string, JsonElement> ByKey(JsonElement array, string property) =>
        array.EnumerateArray().ToDictionary(e => e.GetProperty(property).GetString()!);

    [Fact]
    public async Task ProcessReport_MatchesHandComputedFigures()
    {
        var key = await SeedAsync();
        var f = await ReportAsync(await factory.ClientAsAsync("admin"), $"/api/reports/processes/{key}");

        Assert.Equal(4, f.GetProperty("instances").GetInt32());
        var months = ByKey(f.GetProperty("months"), "month");
        Assert.Equal(2, months["2026-03"].GetProperty("count").GetInt32());
        Assert.Equal(2, months["2026-04"].GetProperty("count").GetInt32());
        var statuses = ByKey(f.GetProperty("statuses"), "status");
        Assert.Equal(["cancelled", "completed", "rejected", "running"], statuses.Keys.Order());
        Assert.All(statuses.Values, s => Assert.Equal(1, s.GetProperty("count").GetInt32()));

        var nodes = ByKey(f.GetProperty("nodes"), "elementId");
        Assert.Equal(["Task_A", "Task_B"], f.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("elementId").GetString()));
        Assert.Equal(3, nodes["Task_A"].GetProperty("completed").GetInt32());
        Assert.Equal(2.33, nodes["Task_A"].GetProperty("averageHours").GetDouble());
        Assert.Equal(4, nodes["Task_A"].GetProperty("p90Hours").GetDouble());
        Assert.Equal(0, nodes["Task_A"].GetProperty("overdue").GetInt32());
        Assert.Equal(1, nodes["Task_B"].GetProperty("completed").GetInt32());
        Assert.Equal(1, nodes["Task_B"].GetProperty("open").GetInt32());
        Assert.Equal(24, nodes["Task_B"].GetProperty("averageHours").GetDouble());
        Assert.Equal(2, nodes["Task_B"].GetProperty("overdue").GetInt32());
        Assert.Equal("Task_B", f.GetProperty("bottleneck").GetProperty("elementId").GetString());

        Assert.Equal(2, f.GetProperty("overdueTasks").GetInt32());
        Assert.Equal(1, f.GetProperty("overdueOpenTasks").GetInt32());
        Assert.Equal(2, f.GetProperty("overdueInstances").GetInt32());

        var approvers = ByKey(f.GetProperty("approvers"), "userName");
        Assert.Equal((0, 2, 3.0), (approvers["wanglei"].GetProperty("open").GetInt32(), approvers["wanglei"].GetProperty("done").GetInt32(), approvers["wanglei"].GetProperty("averageHours").GetDouble()));
        Assert.Equal((1, 1, 24.0), (approvers["wujing"].GetProperty("open").GetInt32(), approvers["wujing"].GetProperty("done").GetInt32(), approvers["wujing"].GetProperty("averageHours").GetDouble()));
        Assert.Equal(2, approvers["wujing"].GetProperty("overdue").GetInt32());
        Assert.Equal("吴静", approvers["wujing"].GetProperty("name").GetString());
        Assert.Equal(1, approvers["mashuai"].GetProperty("done").GetInt32());
    }

    [Fact]
    public async Task ProcessReport_PeriodFilter_CountsOnlyRequestsStartedInIt()
    {
        var key = await SeedAsync();
        var f = await ReportAsync(await factory.ClientAsAsync("admin"), $"/api/reports/processes/{key}?from=2026-04-01&to=2026-04-30");
        Assert.Equal(2, f.GetProperty("instances").GetInt32());
        Assert.Equal(["2026-04"], f.GetProperty("months").EnumerateArray().Select(m => m.GetProperty("month").GetString()));
        // Only request 3's A (1 h) and its open B are left.
        var nodes = ByKey(f.GetProperty("nodes"), "elementId");
        Assert.Equal(1, nodes["Task_A"].GetProperty("averageHours").GetDouble());
        Assert.Equal(1, f.GetProperty("overdueOpenTasks").GetInt32());
    }

    [Fact]
    public async Task ProcessReport_BadPeriod_Is400WithFieldErrors()
    {
        var admin = await factory.ClientAsAsync("admin");
        var bad = await admin.GetAsync("/api/reports/processes?from=2026-13-01");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.True((await bad.JsonAsync()).GetProperty("errors").TryGetProperty("from", out _));
        var reversed = await admin.GetAsync("/api/reports/processes/x/export?from=2026-05-01&to=2026-04-01");
        Assert.Equal(HttpStatusCode.BadRequest, reversed.StatusCode);
    }

    [Fact]
    public async Task ProcessAdminOfTheProcess_SeesAllItsRequests()
    {
        var key = await SeedAsync();
        await factory.MakeProcessAdminAsync("dengke");
        var f = await ReportAsync(await factory.ClientAsAsync("dengke"), $"/api/reports/processes/{key}");
        Assert.Equal(4, f.GetProperty("instances").GetInt32());
    }

    [Fact]
    public async Task DepartmentHead_SeesOnlyTheirDepartmentsRequests_InReportListAndExport()
    {
        var key = await SeedAsync();
        var wanglei = await factory.ClientAsAsync("wanglei"); // heads 京津冀鲁: requests 1, 2 and 4
        var f = await ReportAsync(wanglei, $"/api/reports/processes/{key}");
        Assert.Equal(3, f.GetProperty("instances").GetInt32());
        var nodes = ByKey(f.GetProperty("nodes"), "elementId");
        Assert.Equal(3, nodes["Task_A"].GetProperty("averageHours").GetDouble()); // 2 h and 4 h; mashuai's 1 h is 晋豫陕
        Assert.DoesNotContain("mashuai", ByKey(f.GetProperty("approvers"), "userName").Keys);

        var list = (await (await wanglei.GetAsync("/api/reports/processes")).JsonAsync()).EnumerateArray().Single(l => l.GetProperty("key").GetString() == key);
        Assert.Equal(3, list.GetProperty("instances").GetInt32());
        Assert.Equal(0, list.GetProperty("overdueOpenTasks").GetInt32()); // the open late task belongs to 晋豫陕

        var mashuai = await ReportAsync(await factory.ClientAsAsync("mashuai"), $"/api/reports/processes/{key}");
        Assert.Equal(1, mashuai.GetProperty("instances").GetInt32());

        var export = await wanglei.GetAsync($"/api/reports/processes/{key}/export");
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        await using var stream = new MemoryStream(await export.Content.ReadAsByteArrayAsync());
        var months = stream.Query(useHeaderRow: true, sheetName: "月度发起量").Cast<IDictionary<string, object>>().ToList();
        Assert.Equal(2, months.Count);
        Assert.Equal(3, months.Sum(m => Convert.ToInt32(m["发起量"], System.Globalization.CultureInfo.InvariantCulture)));
        stream.Position = 0;
        var approvers = stream.Query(useHeaderRow: true, sheetName: "审批人工作量").Cast<IDictionary<string, object>>().Select(r => r["用户名"]?.ToString()).ToList();
        Assert.DoesNotContain("mashuai", approvers);
    }

    [Fact]
    public async Task NoReportScope_IsRefusedEverywhere_OtherProcessAdminGets404()
    {
        var key = await SeedAsync();
        var zhangsan = await factory.ClientAsAsync("zhangsan");
        Assert.Equal(HttpStatusCode.Forbidden, (await zhangsan.GetAsync("/api/reports/processes")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await zhangsan.GetAsync($"/api/reports/processes/{key}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await zhangsan.GetAsync($"/api/reports/processes/{key}/export")).StatusCode);

        // liwei administers processes (other tests' fixtures list nobody) but not this one, and heads no department.
        await factory.MakeProcessAdminAsync("liwei");
        await factory.PublishOwnLeaveAsync();
        var liwei = await factory.ClientAsAsync("liwei");
        Assert.Equal(HttpStatusCode.NotFound, (await liwei.GetAsync($"/api/reports/processes/{key}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await liwei.GetAsync($"/api/reports/processes/{key}/export")).StatusCode);
        var list = (await (await liwei.GetAsync("/api/reports/processes")).JsonAsync()).EnumerateArray().Select(l => l.GetProperty("key").GetString());
        Assert.DoesNotContain(key, list);
    }

    [Theory]
    [InlineData(10, 9)]
    [InlineData(11, 10)]
    [InlineData(1, 1)]
    public void P90_IsTheNearestRank(int count, double expected) =>
        Assert.Equal(expected, Oa.Host.Features.Reports.ProcessFigures.P90([.. Enumerable.Range(1, count).Select(i => (double)i)]));
}
