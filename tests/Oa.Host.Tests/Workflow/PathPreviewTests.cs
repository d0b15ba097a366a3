using System.Net;
using System.Net.Http.Json;
using Oa.Host.Tests.Infrastructure;
using Oa.Host.Tests.Workbench;

namespace Oa.Host.Tests.Workflow;

/// <summary>流程预览: the real gateways and approver rules decide which steps and people a request would reach.</summary>
public sealed class PathPreviewTests(OaFactory factory) : IClassFixture<OaFactory>
{
    private async Task<List<(string Name, string People)>> PreviewAsync(decimal days)
    {
        await factory.PublishLeaveAsync();
        var client = await factory.ClientAsAsync("zhangsan");
        var response = await client.PostAsJsonAsync("/api/processes/host_leave/preview", new { variables = new { leaveType = "annual", days, reason = "预览" } });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.JsonAsync();
        Assert.True(body.GetProperty("complete").GetBoolean());
        return body.GetProperty("steps").EnumerateArray()
            .Select(s => (s.GetProperty("name").GetString()!, string.Join("、", s.GetProperty("people").EnumerateArray().Select(p => p.GetString())))).ToList();
    }

    [Fact]
    public async Task ShortLeave_GoesToTheHeadThenHr()
    {
        var steps = await PreviewAsync(1);
        Assert.Equal(["部门负责人审批", "人事备案"], steps.Select(s => s.Name));
        Assert.Equal("王磊", steps[0].People);
    }

    [Fact]
    public async Task LongLeave_AlsoGoesToTheLeader()
    {
        var steps = await PreviewAsync(5);
        Assert.Equal(["部门负责人审批", "分管领导审批", "人事备案"], steps.Select(s => s.Name));
        Assert.Equal("孙丽", steps[1].People);
    }

    [Fact]
    public async Task Preview_StoresNothing()
    {
        var client = await factory.ClientAsAsync("zhangsan");
        var before = (await (await client.GetAsync("/api/tasks?box=mine")).JsonAsync()).GetProperty("total").GetInt32();
        await PreviewAsync(2);
        Assert.Equal(before, (await (await client.GetAsync("/api/tasks?box=mine")).JsonAsync()).GetProperty("total").GetInt32());
        var head = await factory.ClientAsAsync("wanglei");
        Assert.Equal(0, (await (await head.GetAsync("/api/tasks?box=todo&q=预览")).JsonAsync()).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Preview_UnknownProcess_Returns404()
    {
        var client = await factory.ClientAsAsync("zhangsan");
        Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsJsonAsync("/api/processes/nope/preview", new { })).StatusCode);
    }

    [Fact]
    public async Task ApplyPage_PreviewButton_ListsTheStepsAndKeepsTheValues()
    {
        await factory.PublishLeaveAsync();
        var browser = await WorkbenchBrowser.SignInAsync(factory, "zhangsan");
        var response = await browser.PostFormAsync("/Workbench/Apply/host_leave", "/Workbench/Apply/host_leave?handler=Preview",
            ("formData", WorkbenchBrowser.Json(new { leaveType = "annual", days = 5, reason = "页面预览" })));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("审批流程预览", html);
        Assert.Contains("分管领导审批", html);
        Assert.Contains("页面预览", html); // the typed values come back into the form
    }
}
