using System.Diagnostics;
using System.Net;
using Microsoft.Data.Sqlite;
using Oa.Host.Tests.Infrastructure;
using Oa.Host.Tests.Workflow;

namespace Oa.Host.Tests.Reliability;

/// <summary>
/// Another process holding the SQLite file's write lock (a backup tool, a stuck admin shell) is an outage for writes:
/// they answer 503 with Retry-After after the busy timeout, never 500, while WAL lets reads go on; the same host
/// writes again once the lock is released.
/// </summary>
public sealed class SqliteOutageTests(OaFactory factory) : IClassFixture<OaFactory>
{
    [Fact]
    public async Task DatabaseLockedExclusively_RequestsAnswer503_ThenRecoverWithoutRestart()
    {
        await factory.PublishLeaveAsync();
        var client = await factory.ClientAsAsync("zhangsan");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/tasks?box=mine")).StatusCode);

        await using (var holder = await LockExclusivelyAsync(Path.Combine(factory.DataDirectory, "oa.db")))
        {
            var clock = Stopwatch.StartNew();
            // WAL keeps readers going beside the lock holder: reads still answer, only writes are refused.
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/tasks?box=mine")).StatusCode);
            var write = await client.PostAsync("/api/processes/host_leave/instances", System.Net.Http.Json.JsonContent.Create(new
            {
                variables = new Dictionary<string, object?> { ["leaveType"] = "annual", ["days"] = 1, ["reason"] = "锁库期间" },
            }));
            await AssertOutageAsync(write);
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60), $"took {clock.Elapsed}");
        }

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/tasks?box=mine")).StatusCode);
        var id = (await client.StartLeaveAsync(1)).GetProperty("id").GetString()!;
        var instance = await (await client.GetAsync($"/api/instances/{id}")).JsonAsync();
        Assert.Equal("running", instance.GetProperty("status").GetString());
        // Nothing of the refused start was half-written: only the one started after recovery carries this reason.
        var mine = await (await client.GetAsync("/api/tasks?box=mine&pageSize=100")).JsonAsync();
        Assert.DoesNotContain(mine.GetProperty("items").EnumerateArray(), i => i.GetRawText().Contains("锁库期间"));
    }

    private static async Task AssertOutageAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.ServiceUnavailable, $"{(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.True(response.Headers.RetryAfter is not null, "no Retry-After");
        Assert.DoesNotContain("SqliteException", body); // no internals leak to the caller
    }

    // An open write transaction, kept until the connection closes: WAL has one writer, so the host's writers wait
    // out their busy timeout and fail with SQLITE_BUSY.
    private static async Task<SqliteConnection> LockExclusivelyAsync(string path)
    {
        var conn = new SqliteConnection($"Data Source={path};Pooling=False");
        await conn.OpenAsync();
        await using var cmd = conn.CreateCommand();
        cmd.CommandText = "BEGIN IMMEDIATE; CREATE TABLE IF NOT EXISTS reliab_lock(x); INSERT INTO reliab_lock VALUES (1);";
        await cmd.ExecuteNonQueryAsync();
        return conn;
    }
}
