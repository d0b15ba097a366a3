using System.Net;
using Oa.Host.Tests.Infrastructure;

namespace Oa.Host.Tests.Workflow;

/// <summary>Publishes that race for the same process key: each lands as a version of its own, none fails.</summary>
public abstract class ConcurrentPublishTests<TFactory>(TFactory factory) where TFactory : OaFactory
{
    [Fact]
    public async Task Publish_ConcurrentChangesOfOneProcess_AllLand_AsConsecutiveVersions()
    {
        var admin = await factory.ClientAsAsync("admin");
        await admin.PostAsync("/api/definitions", Fixtures.Upload("host_leave_form.form"));
        var key = "host_leave_race_" + Guid.NewGuid().ToString("N")[..6];
        var baseXml = Fixtures.Read("hostleave.bpmn").Replace("\"host_leave\"", $"\"{key}\"");
        // Eight admins press 发布 at the same moment, each with their own change: each gets a version of its own, none a 500.
        var responses = await Task.WhenAll(Enumerable.Range(1, 8).Select(i => admin.PostAsync("/api/definitions",
            new MultipartFormDataContent { { new StringContent(baseXml.Replace("人事备案", $"人事备案{i}")), "files", $"race{i}.bpmn" } })));
        var versions = new List<int>();
        foreach (var response in responses)
        {
            Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
            versions.Add(Assert.Single((await response.JsonAsync()).GetProperty("processes").EnumerateArray()).GetProperty("version").GetInt32());
        }
        Assert.Equal(Enumerable.Range(1, 8), versions.Order());
    }
}

public sealed class SqliteConcurrentPublishTests(OaFactory factory) : ConcurrentPublishTests<OaFactory>(factory), IClassFixture<OaFactory>;
public sealed class PostgresConcurrentPublishTests(PostgresOaFactory factory) : ConcurrentPublishTests<PostgresOaFactory>(factory), IClassFixture<PostgresOaFactory>;
