using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Oa.Host.Features.Setup;
using Oa.Host.Tests.Infrastructure;

namespace Oa.Host.Tests.Workflow;

public sealed class DefinitionsApiTests(OaFactory factory) : IClassFixture<OaFactory>
{
    [Fact]
    public async Task Publish_SameFilesTwice_SecondPublishesNoNewVersion()
    {
        var admin = await factory.ClientAsAsync("admin");
        await admin.PostAsync("/api/definitions", Fixtures.Upload("hostleave.bpmn", "host_leave_form.form"));
        var again = await admin.PostAsync("/api/definitions", Fixtures.Upload("hostleave.bpmn", "host_leave_form.form"));
        Assert.Equal(HttpStatusCode.Created, again.StatusCode);
        var body = await again.JsonAsync();
        var process = Assert.Single(body.GetProperty("processes").EnumerateArray());
        Assert.Equal("host_leave", process.GetProperty("key").GetString());
        Assert.False(process.GetProperty("changed").GetBoolean());
        Assert.False(body.GetProperty("forms")[0].GetProperty("changed").GetBoolean());
    }

    [Fact]
    public async Task Publish_ScriptTask_Returns400NamingTheElement()
    {
        var admin = await factory.ClientAsAsync("admin");
        var response = await admin.PostAsync("/api/definitions", Fixtures.Upload("bad.bpmn"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problems = (await response.JsonAsync()).GetProperty("problems");
        Assert.Contains(problems.EnumerateArray(), p => p.GetProperty("elementId").GetString() == "Script_1");
        var list = await (await admin.GetAsync("/api/definitions")).JsonAsync();
        Assert.DoesNotContain(list.EnumerateArray(), p => p.GetProperty("key").GetString() == "host_bad");
    }

    [Fact]
    public async Task Publish_ProcessWithoutItsForm_Rejected()
    {
        var admin = await factory.ClientAsAsync("admin");
        var xml = Fixtures.Read("hostleave.bpmn").Replace("host_leave_form", "no_such_form").Replace("\"host_leave\"", "\"host_leave_noform\"");
        var content = new MultipartFormDataContent { { new StringContent(xml), "files", "noform.bpmn" } };
        var response = await admin.PostAsync("/api/definitions", content);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("no_such_form", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Publish_AsEmployee_Returns403()
    {
        var client = await factory.ClientAsAsync("zhangsan");
        var response = await client.PostAsync("/api/definitions", Fixtures.Upload("hostleave.bpmn", "host_leave_form.form"));
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Publish_ChangedProcess_AddsVersion()
    {
        var admin = await factory.ClientAsAsync("admin");
        await admin.PostAsync("/api/definitions", Fixtures.Upload("hostleave.bpmn", "host_leave_form.form"));
        var before = await (await admin.GetAsync("/api/definitions")).JsonAsync();
        var v1 = before.EnumerateArray().Single(p => p.GetProperty("key").GetString() == "host_leave").GetProperty("version").GetInt32();
        var xml = Fixtures.Read("hostleave.bpmn").Replace("人事备案", "人事备案（新版）");
        var response = await admin.PostAsync("/api/definitions", new MultipartFormDataContent { { new StringContent(xml), "files", "hostleave.bpmn" } });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var after = await (await admin.GetAsync("/api/definitions")).JsonAsync();
        Assert.Equal(v1 + 1, after.EnumerateArray().Single(p => p.GetProperty("key").GetString() == "host_leave").GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task Moddle_ServesOaDescriptor()
    {
        var client = await factory.ClientAsAsync("zhangsan");
        var json = await (await client.GetAsync("/api/definitions/moddle/oa.json")).JsonAsync();
        Assert.Equal("oa", json.GetProperty("prefix").GetString());
    }

    [Fact]
    public async Task ShippedDefinitions_ImportCleanly()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var config = scope.ServiceProvider.GetRequiredService<Microsoft.Extensions.Configuration.IConfiguration>();
        var dir = DatabaseInitializer.DefinitionsDirectory(config, AppContext.BaseDirectory);
        Assert.NotNull(dir);
        Assert.True(await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().ImportDefinitionsAsync(dir, CancellationToken.None));
    }
}
