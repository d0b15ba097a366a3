using System.Net;
using System.Net.Http.Json;
using Oa.Host.Tests.Infrastructure;

namespace Oa.Host.Tests.Designer;

/// <summary>/api/admin/migrations: mapping set-up, dry run (changes nothing), execution in batches with history, refusals.</summary>
public sealed class MigrationApiTests(OaFactory factory) : IClassFixture<OaFactory>
{
    [Fact]
    public async Task Setup_PrefillsEqualIdsOfTheSameKind_AndCountsOpenInstances()
    {
        var key = await factory.PublishOwnLeaveAsync();
        await factory.StartAsync(key);
        await factory.PublishRenamedHeadAsync(key);
        var admin = await factory.ClientAsAsync("admin");

        var setup = await (await admin.GetAsync($"/api/admin/migrations/setup?processKey={key}&sourceVersion=1&targetVersion=2")).JsonAsync();

        var mapping = setup.GetProperty("mapping");
        Assert.Equal("Task_Hr", mapping.GetProperty("Task_Hr").GetString());
        Assert.False(mapping.TryGetProperty("Task_Head", out _));
        Assert.Contains(setup.GetProperty("target").EnumerateArray(), e => e.GetProperty("id").GetString() == "Task_Lead");
        Assert.Equal(1, setup.GetProperty("openInstances").GetInt32());
    }

    [Fact]
    public async Task DryRun_ReportsWhatBlocksAndWhatWouldMove_ChangesNothing()
    {
        var key = await factory.PublishOwnLeaveAsync();
        var id = await factory.StartAsync(key);
        await factory.PublishRenamedHeadAsync(key);
        var admin = await factory.ClientAsAsync("admin");

        var unmapped = await admin.PostOkAsync("/api/admin/migrations/dry-run", MigrationClient.Request(key, mapped: false));
        var blocked = Assert.Single(unmapped.GetProperty("instances").EnumerateArray());
        Assert.False(blocked.GetProperty("canMigrate").GetBoolean());
        Assert.Contains("Task_Head", blocked.GetProperty("blockers")[0].GetString());

        var mapped = await admin.PostOkAsync("/api/admin/migrations/dry-run", MigrationClient.Request(key));
        var ok = Assert.Single(mapped.GetProperty("instances").EnumerateArray());
        Assert.True(ok.GetProperty("canMigrate").GetBoolean());
        Assert.False(ok.GetProperty("migrated").GetBoolean());
        Assert.Equal("Task_Lead", ok.GetProperty("moves")[0].GetProperty("to").GetString());
        var detail = await admin.DetailAsync(id);
        Assert.Equal(1, detail.GetProperty("instance").GetProperty("version").GetInt32());
        Assert.Empty(detail.History("InstanceMigrated"));
    }

    [Fact]
    public async Task Execute_InBatches_MovesEveryInstance_KeepsAssignee_AndTheTaskContinuesOnTheNewVersion()
    {
        var key = await factory.PublishOwnLeaveAsync();
        var ids = new[] { await factory.StartAsync(key), await factory.StartAsync(key, "lisi"), await factory.StartAsync(key) };
        await factory.PublishRenamedHeadAsync(key);
        var admin = await factory.ClientAsAsync("admin");

        var first = await admin.PostOkAsync("/api/admin/migrations/execute", MigrationClient.Request(key, batchSize: 2, reason: "流程调整"));
        Assert.Equal(2, first.GetProperty("migrated").GetInt32());
        var next = first.GetProperty("next").GetString();
        Assert.NotNull(next);
        var second = await admin.PostOkAsync("/api/admin/migrations/execute", MigrationClient.Request(key, batchSize: 2, after: next, reason: "流程调整"));
        Assert.Equal(1, second.GetProperty("migrated").GetInt32());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, second.GetProperty("next").ValueKind);

        foreach (var id in ids)
        {
            var detail = await admin.DetailAsync(id);
            Assert.Equal(2, detail.GetProperty("instance").GetProperty("version").GetInt32());
            var task = Assert.Single(detail.GetProperty("openTasks").EnumerateArray());
            Assert.Equal(("Task_Lead", "wanglei"), (task.GetProperty("elementId").GetString(), task.GetProperty("assignee").GetString()));
            var entry = detail.History("InstanceMigrated").Single();
            Assert.Equal(("admin", "流程调整"), (entry.GetProperty("userName").GetString(), entry.GetProperty("comment").GetString()));
        }

        var wanglei = await factory.ClientAsAsync("wanglei");
        var taskId = (await admin.DetailAsync(ids[0])).GetProperty("openTasks")[0].GetProperty("id").GetString();
        var approved = await wanglei.PostAsJsonAsync($"/api/tasks/{taskId}/approve", new { comment = "同意" });
        Assert.True(approved.IsSuccessStatusCode, await approved.Content.ReadAsStringAsync());
        Assert.Equal(["Task_Hr"], (await admin.DetailAsync(ids[0])).GetProperty("activeElementIds").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public async Task BadInput_Is400WithTheField_UnknownProcess404()
    {
        var key = await factory.PublishOwnLeaveAsync();
        await factory.PublishRenamedHeadAsync(key);
        var admin = await factory.ClientAsAsync("admin");
        async Task<string> Field(object body)
        {
            var response = await admin.PostAsJsonAsync("/api/admin/migrations/dry-run", body);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            return (await response.JsonAsync()).GetProperty("errors").EnumerateObject().Single().Name;
        }

        Assert.Equal("processKey", await Field(new { sourceVersion = 1, targetVersion = 2 }));
        Assert.Equal("sourceVersion", await Field(new { processKey = key, sourceVersion = 9, targetVersion = 2 }));
        Assert.Equal("targetVersion", await Field(new { processKey = key, sourceVersion = 1, targetVersion = 1 }));
        Assert.Equal("mapping", await Field(new { processKey = key, sourceVersion = 1, targetVersion = 2, mapping = new { Task_Head = "Nope" } }));
        Assert.Equal("batchSize", await Field(new { processKey = key, sourceVersion = 1, targetVersion = 2, batchSize = 0 }));
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PostAsJsonAsync("/api/admin/migrations/dry-run", new { processKey = "no_such", sourceVersion = 1, targetVersion = 2 })).StatusCode);
    }

    [Fact]
    public async Task Authorisation_ListedProcessAdminMigrates_OthersGet403_Anonymous401()
    {
        await factory.MakeProcessAdminAsync("songwei");
        await factory.MakeProcessAdminAsync("tangli");
        var key = await factory.PublishOwnLeaveAsync(admins: "songwei");
        var id = await factory.StartAsync(key);
        await factory.PublishRenamedHeadAsync(key, admins: "songwei");
        var body = MigrationClient.Request(key);

        foreach (var user in new[] { "tangli", "zhangsan" })
        {
            var client = await factory.ClientAsAsync(user);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/api/admin/migrations/setup?processKey={key}&sourceVersion=1&targetVersion=2")).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsJsonAsync("/api/admin/migrations/dry-run", body)).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsJsonAsync("/api/admin/migrations/execute", body)).StatusCode);
        }
        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.Anonymous().PostAsJsonAsync("/api/admin/migrations/execute", body)).StatusCode);
        var admin = await factory.ClientAsAsync("admin");
        Assert.Equal(1, (await admin.DetailAsync(id)).GetProperty("instance").GetProperty("version").GetInt32());

        var songwei = await factory.ClientAsAsync("songwei");
        Assert.Equal(1, (await songwei.PostOkAsync("/api/admin/migrations/execute", body)).GetProperty("migrated").GetInt32());
        Assert.Equal(2, (await admin.DetailAsync(id)).GetProperty("instance").GetProperty("version").GetInt32());
    }
}
