using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Oa.Host.Features.Drafts;
using Oa.Host.Features.Org;
using Oa.Host.Tests.Infrastructure;
using Oa.Host.Tests.Workflow;

namespace Oa.Host.Tests.Workbench;

/// <summary>The 草稿 box tells three drafts of one process apart by their first filled fields, not only the process name.</summary>
public sealed class DraftsBoxDigestTests(OaFactory factory) : IClassFixture<OaFactory>
{
    [Fact]
    public async Task ThreeDraftsOfOneProcess_EachShowItsOwnFilledFields_WithOptionLabels()
    {
        await factory.PublishLeaveAsync();
        var api = await factory.ClientAsAsync("zhaoliu");
        await api.PostAsJsonAsync("/api/drafts", new { processKey = "host_leave", variables = new { leaveType = "annual", days = 2, reason = "回老家探亲" } });
        await api.PostAsJsonAsync("/api/drafts", new { processKey = "host_leave", variables = new { leaveType = "sick", days = 1 } });
        await api.PostAsJsonAsync("/api/drafts", new { processKey = "host_leave", variables = new { } });

        var listed = (await (await api.GetAsync("/api/drafts")).JsonAsync()).EnumerateArray().Select(d => d.GetProperty("summary").GetString()).ToList();
        Assert.Contains("请假类型：年假 · 天数：2 · 事由：回老家探亲", listed);
        Assert.Contains("请假类型：病假 · 天数：1", listed);
        Assert.Contains("", listed);

        var page = await (await WorkbenchBrowser.SignInAsync(factory, "zhaoliu")).PageAsync("/Workbench/Inbox?box=drafts");
        Assert.Contains("请假类型：年假 · 天数：2 · 事由：回老家探亲", page);
        Assert.Contains("请假类型：病假 · 天数：1", page);
        Assert.Contains("（尚未填写）", page);
    }

    [Fact]
    public void Digest_KeepsFormOrder_StopsAtThreeFields_CutsLongValues_AndSkipsUntickedBoxes()
    {
        var schema = JsonNode.Parse("""
            { "components": [
              { "type": "checkbox", "key": "urgent", "label": "加急" },
              { "type": "text", "text": "说明" },
              { "type": "textfield", "key": "a", "label": "甲" },
              { "type": "oa-money", "key": "m", "label": "金额" },
              { "type": "group", "path": "g", "components": [ { "type": "textfield", "key": "b", "label": "乙" } ] },
              { "type": "textfield", "key": "c", "label": "丙" } ] }
            """)!.AsObject();
        var data = """{ "urgent": false, "a": "一二三四五六七八九十一二三四五六七八九十一二三四五六", "m": 1234.5, "g": { "b": "内" }, "c": "不显示" }""";
        var org = new OrgSnapshot(0, [], [], []);
        Assert.Equal("甲：一二三四五六七八九十一二三四五六七八九十一二三四… · 金额：¥1,234.50 · 乙：内", DraftDigest.Of(schema, data, org));
        Assert.Equal("", DraftDigest.Of(schema, "not json", org));
    }
}
