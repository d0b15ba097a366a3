using System.Net;
using System.Net.Http.Json;
using Oa.Host.Tests.Infrastructure;

namespace Oa.Host.Tests.Workflow;

/// <summary>草稿: half-filled requests kept for their owner only, without approver-only fields.</summary>
public sealed class DraftTests(OaFactory factory) : IClassFixture<OaFactory>
{
    [Fact]
    public async Task Draft_HalfFilled_IsKeptUnvalidated_AndOnlyItsOwnerSeesIt()
    {
        await factory.PublishLeaveAsync();
        var owner = await factory.ClientAsAsync("zhangsan");
        var created = await owner.PostAsJsonAsync("/api/drafts", new { processKey = "host_leave", variables = new { days = 2 } });
        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        var id = (await created.JsonAsync()).GetProperty("id").GetString()!;

        var read = await (await owner.GetAsync($"/api/drafts/{id}")).JsonAsync();
        Assert.Equal(2, read.GetProperty("variables").GetProperty("days").GetInt32());
        Assert.Contains((await (await owner.GetAsync("/api/drafts")).JsonAsync()).EnumerateArray(), d => d.GetProperty("id").GetString() == id);

        var other = await factory.ClientAsAsync("lisi");
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/drafts/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.PutAsJsonAsync($"/api/drafts/{id}", new { variables = new { days = 9 } })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.DeleteAsync($"/api/drafts/{id}")).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await owner.PutAsJsonAsync($"/api/drafts/{id}", new { variables = new { days = 3, reason = "探亲" } })).StatusCode);
        var updated = await (await owner.GetAsync($"/api/drafts/{id}")).JsonAsync();
        Assert.Equal(3, updated.GetProperty("variables").GetProperty("days").GetInt32());
        Assert.Equal(HttpStatusCode.NoContent, (await owner.DeleteAsync($"/api/drafts/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await owner.GetAsync($"/api/drafts/{id}")).StatusCode);
    }

    [Fact]
    public async Task Draft_WithAFieldNotOnTheApplicantsForm_DropsIt()
    {
        await factory.PublishLeaveAsync();
        var owner = await factory.ClientAsAsync("zhangsan");
        var created = await (await owner.PostAsJsonAsync("/api/drafts", new { processKey = "host_leave", variables = new { days = 1, approvedBy = "smuggled" } })).JsonAsync();
        Assert.False(created.GetProperty("variables").TryGetProperty("approvedBy", out _));
    }

    [Fact]
    public async Task Draft_ForAnUnknownProcess_Returns400()
    {
        var owner = await factory.ClientAsAsync("zhangsan");
        var response = await owner.PostAsJsonAsync("/api/drafts", new { processKey = "nope", variables = new { } });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.JsonAsync()).GetProperty("errors").TryGetProperty("processKey", out _));
    }
}
