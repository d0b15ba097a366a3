using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Oa.Host.Data;
using Oa.Host.Data.Engine;
using Oa.Host.Tests.Infrastructure;
using Oa.Host.Tests.Workflow;

namespace Oa.Host.Tests.Workbench;

/// <summary>Inbox details: overdue rows, capped counts with paging, and approver edits to editable fields.</summary>
public sealed class WorkbenchInboxTests(OaFactory factory) : IClassFixture<OaFactory>
{
    [Fact]
    public async Task OverdueTask_IsHighlightedInTodo()
    {
        await factory.PublishLeaveAsync();
        var id = await ApplyAsync("超时测试");
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<OaDbContext>();
            await db.Tasks.Where(t => t.InstanceId == id).ExecuteUpdateAsync(s => s.SetProperty(t => t.DueAt, DateTimeOffset.UtcNow.AddHours(-2)));
        }
        var html = await (await WorkbenchBrowser.SignInAsync(factory, "wanglei")).PageAsync("/Workbench/Inbox?box=todo");
        Assert.Matches(new Regex($"<tr class=\"[^\"]*wb-overdue[^\"]*\">\\s*(<td class=\"wb-check\">.*?</td>\\s*)?<td class=\"wb-title\">\\s*<a href=\"/Workbench/Instance/{id}\\?task=[^\"]+\">[^<]*</a>\\s*<span class=\"wb-tag wb-tag-danger\">已超时</span>"), html);
    }

    [Fact]
    public async Task HugeCcBox_CountShowsCapped_AndPagesOn()
    {
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<OaDbContext>();
            var now = DateTimeOffset.UtcNow;
            db.CarbonCopies.AddRange(Enumerable.Range(0, 1001).Select(i => new CarbonCopy
            {
                InstanceId = $"cc-{i:D4}", UserName = "zhaoliu", At = now.AddSeconds(-i), InstanceTitle = $"抄送标题{i:D4}", ProcessName = "测试", ReadAt = i % 2 == 0 ? now : null,
            }));
            await db.SaveChangesAsync();
        }
        var zhaoliu = await WorkbenchBrowser.SignInAsync(factory, "zhaoliu");
        var first = await zhaoliu.PageAsync("/Workbench/Inbox?box=cc");
        Assert.Matches("<span class=\"wb-count\">999(\\+|&#x2B;)</span>", first); // Razor may encode the plus
        Assert.Contains("抄送标题0000", first);
        Assert.Matches("href=\"/Workbench/Inbox\\?box=cc(&|&amp;)page=2\"", first);
        var second = await zhaoliu.PageAsync("/Workbench/Inbox?box=cc&page=2");
        Assert.Contains("抄送标题0020", second);
        Assert.DoesNotContain("抄送标题0000", second);
    }

    [Fact]
    public async Task Approver_EditsAnEditableField_WhileApproving()
    {
        await factory.PublishLeaveAsync();
        var id = await ApplyAsync("可改天数");
        var head = await WorkbenchBrowser.SignInAsync(factory, "wanglei");
        var page = await head.PageAsync($"/Workbench/Instance/{id}");
        var schema = Regex.Match(page, "<script type=\"application/json\" id=\"wb-schema\">(.*?)</script>").Groups[1].Value;
        var components = System.Text.Json.Nodes.JsonNode.Parse(schema)!["components"]!.AsArray();
        bool ReadOnly(string key) => components.Single(c => (string?)c!["key"] == key)!["readonly"]?.GetValue<bool>() == true;
        Assert.True(ReadOnly("reason")); // read-only at this node
        Assert.False(ReadOnly("days")); // editable at this node
        var taskId = Regex.Match(page, "name=\"taskId\" value=\"([^\"]+)\"").Groups[1].Value;

        var tampered = await head.PostFormAsync($"/Workbench/Instance/{id}", $"/Workbench/Instance/{id}?handler=Act",
            ("taskId", taskId), ("action", "approve"), ("formData", WorkbenchBrowser.Json(new { reason = "改掉事由" })));
        var tamperedHtml = await tampered.Content.ReadAsStringAsync();
        Assert.Contains("操作未完成", tamperedHtml);
        Assert.Contains("\"reason\":", Regex.Match(tamperedHtml, "id=\"wb-errors\">(.*?)</script>").Groups[1].Value);

        var ok = await head.PostFormAsync($"/Workbench/Instance/{id}", $"/Workbench/Instance/{id}?handler=Act",
            ("taskId", taskId), ("action", "approve"), ("formData", WorkbenchBrowser.Json(new { days = 0.5m })));
        Assert.Equal($"/Workbench/Instance/{id}?done=approve", ok.Headers.Location!.OriginalString);
        var applicant = await (await factory.ClientAsAsync("zhangsan")).GetStringAsync($"/api/instances/{id}");
        Assert.Contains("\"days\":0.5", applicant);
    }

    [Fact]
    public async Task EnglishSwitch_TranslatesTheWorkbench()
    {
        var lisi = await WorkbenchBrowser.SignInAsync(factory, "lisi");
        await lisi.PostFormAsync("/Workbench/Inbox", "/Account/Language", ("culture", "en"), ("returnUrl", "/Workbench/Inbox"));
        var inbox = await lisi.PageAsync("/Workbench/Inbox?box=mine");
        Assert.Contains("My requests", inbox);
        Assert.Contains("CC&#x27;d to me", inbox.Replace("CC'd", "CC&#x27;d"));
        Assert.Contains("Search processes or categories", await lisi.PageAsync("/Workbench/Start"));
    }

    private async Task<string> ApplyAsync(string reason)
    {
        var zhangsan = await WorkbenchBrowser.SignInAsync(factory, "zhangsan");
        var response = await zhangsan.PostFormAsync("/Workbench/Apply/host_leave", "/Workbench/Apply/host_leave",
            ("formData", WorkbenchBrowser.Json(new { leaveType = "annual", days = 1, reason })));
        return WorkbenchBrowser.InstanceIdFrom(response);
    }
}
