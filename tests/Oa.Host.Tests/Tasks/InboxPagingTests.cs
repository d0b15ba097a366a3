using System.Net.Http.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Oa.Host.Data;
using Oa.Host.Data.Engine;
using Oa.Host.Features.Tasks;
using Oa.Host.Identity;
using Oa.Host.Tests.Infrastructure;

namespace Oa.Host.Tests.Tasks;

/// <summary>
/// 待办 is read as two branches (assigned to me; unassigned and offered to me or my roles) merged page by page
/// (TodoQuery). These pin the merge: pages interleave both branches in each sort order, whether the pool is small
/// (read from task_candidates) or at the count cap (read in index order), each task once, counts capped per branch.
/// Every test has its own demo user and a role of its own, so the class's shared database does not leak between tests.
/// </summary>
public abstract class InboxPagingTests<TFactory>(TFactory factory) where TFactory : OaFactory
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 2, 8, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("newest", 5, "zhangsan")]
    [InlineData("oldest", 5, "lisi")]
    [InlineData("due", 5, "gaofeng")]
    [InlineData("newest", 1000, "wanglei")]
    [InlineData("oldest", 1000, "mashuai")]
    [InlineData("due", 1000, "hejun")]
    public async Task Pages_InterleaveAssignedAndPoolTasks_InTheRequestedOrder(string sort, int poolSize, string person)
    {
        var (user, role) = await PersonAsync(person, sort);
        var rows = new List<WorkTask>();
        // Assigned and pool tasks alternate in age at both ends (the pool's extra tasks sit in the middle); every
        // third has a due date, in an order unlike their age.
        static int Minute(int k) => k < 6 ? 2 * k : 20_000 + 2 * k;
        for (var i = 0; i < 12; i++) rows.Add(Task(role, $"a{i}", Minute(i), assignee: user, due: i % 3 == 0 ? 100 - i : null));
        for (var i = 0; i < poolSize; i++) rows.Add(Task(role, $"p{i}", i < 12 ? Minute(i) + 1 : 1000 + i, group: role, due: i % 3 == 1 ? 50 + i : null));
        rows.Add(Task(role, "other-role", 7, group: role + "-x")); // offered to someone else
        rows.Add(Task(role, "done", 9, group: role, status: WorkTaskStatus.Completed));
        await AddAsync(rows);
        var mine = rows.Where(t => t.Status == WorkTaskStatus.Open && !t.Id.Contains("other-role")).ToList();
        var expected = (sort switch
        {
            "oldest" => mine.OrderBy(t => t.CreatedAt),
            "due" => mine.OrderBy(t => t.DueAt is null).ThenBy(t => t.DueAt).ThenBy(t => t.CreatedAt),
            _ => mine.OrderByDescending(t => t.CreatedAt),
        }).Select(t => t.Id).ToList();

        var client = await factory.ClientAsAsync(user);
        var seen = new List<string>();
        for (var page = 1; page <= 3; page++)
        {
            var p = await InboxAsync(client, $"sort={sort}&page={page}&pageSize=5");
            seen.AddRange(p.Items.Select(i => i.TaskId!));
            Assert.Equal(poolSize == 5 ? 17 : 999, p.Total);
            Assert.Equal(poolSize != 5, p.TotalCapped);
        }
        Assert.Equal(expected.Take(15), seen);
        // Both branches really interleave on these pages.
        Assert.Contains(seen, id => rows.Single(t => t.Id == id).Assignee is null);
        Assert.Contains(seen, id => rows.Single(t => t.Id == id).Assignee == user);
    }

    [Fact]
    public async Task TaskOfferedToTheUserAndTheirRole_AppearsOnce()
    {
        var (user, role) = await PersonAsync("luobin", "both");
        var t = Task(role, "both", 1, group: role);
        t.Candidates.Add(new TaskCandidate { TaskId = t.Id, Kind = CandidateKind.User, Value = user });
        await AddAsync([t, Task(role, "user-only", 2, candidateUser: user)]);
        var p = await InboxAsync(await factory.ClientAsAsync(user), "");
        Assert.Equal([Id("user-only", role), Id("both", role)], p.Items.Select(i => i.TaskId));
        Assert.Equal(2, p.Total);
    }

    [Fact]
    public async Task ClaimedPoolTask_LeavesTheOtherCandidatesInbox_AndShowsInTheClaimers()
    {
        var (claimer, role) = await PersonAsync("huangtao", "claim");
        var (other, _) = await PersonAsync("xuming", "claim", role);
        await AddAsync([Task(role, "pooled", 1, group: role), Task(role, "stays", 2, group: role)]);
        var before = await InboxAsync(await factory.ClientAsAsync(other), "");
        Assert.Equal(2, before.Total);

        await using (var scope = factory.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<OaDbContext>().Tasks.Where(t => t.Id == Id("pooled", role))
                .ExecuteUpdateAsync(s => s.SetProperty(t => t.Assignee, claimer));

        var after = await InboxAsync(await factory.ClientAsAsync(other), "");
        Assert.Equal([Id("stays", role)], after.Items.Select(i => i.TaskId));
        Assert.Equal(1, after.Total);
        var claimers = await InboxAsync(await factory.ClientAsAsync(claimer), "");
        Assert.Equal([Id("stays", role), Id("pooled", role)], claimers.Items.Select(i => i.TaskId));
        Assert.Equal(2, claimers.Total);
    }

    [Theory]
    [InlineData(999, 0, 999, false, "zhuhong")]
    [InlineData(1000, 0, 999, true, "chenjing")]
    [InlineData(0, 1000, 999, true, "yangfan")]
    [InlineData(500, 499, 999, false, "liuyang")]
    [InlineData(500, 500, 999, true, "zhaoliu")]
    public async Task Count_IsCappedAt999_PerBranchAndInSum(int assigned, int pool, int total, bool capped, string person)
    {
        var (user, role) = await PersonAsync(person, "cap");
        await AddAsync([.. Enumerable.Range(0, assigned).Select(i => Task(role, $"a{i}", 2 * i, assignee: user)),
            .. Enumerable.Range(0, pool).Select(i => Task(role, $"p{i}", 2 * i + 1, group: role))]);
        var p = await InboxAsync(await factory.ClientAsAsync(user), "pageSize=3");
        Assert.Equal(total, p.Total);
        Assert.Equal(capped, p.TotalCapped);
        Assert.Equal(3, p.Items.Count);
    }

    [Theory]
    [InlineData(5, "wangwu")]
    [InlineData(1000, "zhoujie")]
    public async Task Filters_ApplyToBothBranches(int poolSize, string person)
    {
        var (user, role) = await PersonAsync(person, "filter");
        var rows = new List<WorkTask>();
        for (var i = 0; i < 6; i++) rows.Add(Task(role, $"a{i}", i * 2, assignee: user, process: i % 2 == 0 ? "trip" : "leave"));
        for (var i = 0; i < poolSize; i++) rows.Add(Task(role, $"p{i}", i * 2 + 1, group: role, process: i % 2 == 0 ? "trip" : "leave"));
        await AddAsync(rows);
        var client = await factory.ClientAsAsync(user);

        var trips = await InboxAsync(client, "process=trip&sort=oldest&pageSize=4");
        Assert.Equal(rows.Where(t => t.ProcessKey == "trip").OrderBy(t => t.CreatedAt).Take(4).Select(t => t.Id), trips.Items.Select(i => i.TaskId));
        Assert.Equal(poolSize == 5 ? 6 : 503, trips.Total);

        var search = await InboxAsync(client, "q=3");
        var hits = rows.Where(t => t.InstanceTitle.Contains('3') || t.SerialNo!.Contains('3')).OrderByDescending(t => t.CreatedAt).ToList();
        Assert.Contains(hits, t => t.Assignee == user);
        Assert.Equal(hits.Take(20).Select(t => t.Id), search.Items.Select(i => i.TaskId));
        Assert.Equal(hits.Count, search.Total);

        var day = T0.AddMinutes(5).ToLocalTime().Date;
        var dated = await InboxAsync(client, $"from={day:yyyy-MM-dd}&to={day:yyyy-MM-dd}&pageSize=100");
        Assert.Equal(Math.Min(100, rows.Count(t => t.CreatedAt.ToLocalTime().Date == day)), dated.Items.Count);
    }

    private async Task<(string User, string Role)> PersonAsync(string user, string purpose, string? role = null)
    {
        role ??= $"inbox-{purpose}-{Guid.NewGuid():N}"[..24];
        await using var scope = factory.Services.CreateAsyncScope();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<AppRole>>();
        if (await roles.FindByNameAsync(role) is null) Assert.True((await roles.CreateAsync(new AppRole(role, true))).Succeeded);
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        Assert.True((await users.AddToRoleAsync((await users.FindByNameAsync(user))!, role)).Succeeded);
        return (user, role);
    }

    // Ids carry the test's own role, so each test's rows are its own; CreatedAt is T0 + minutes (distinct, so the order is defined).
    private static string Id(string name, string role) => $"{role}-{name}";

    private static WorkTask Task(string role, string name, int minute, string? assignee = null, string? group = null, string? candidateUser = null, int? due = null,
        WorkTaskStatus status = WorkTaskStatus.Open, string process = "leave")
    {
        var id = Id(name, role);
        var t = new WorkTask
        {
            Id = id, InstanceId = "inst-" + id, ElementId = "approve", Name = "审批", Status = status, Assignee = assignee,
            CreatedAt = T0.AddMinutes(minute), DueAt = due is { } d ? T0.AddHours(d) : null, ProcessKey = process, ProcessName = process,
            InstanceTitle = $"标题-{name}", SerialNo = "SN-" + name, Initiator = "zhaoyi",
        };
        if (group is not null) t.Candidates.Add(new TaskCandidate { TaskId = id, Kind = CandidateKind.Group, Value = group });
        if (candidateUser is not null) t.Candidates.Add(new TaskCandidate { TaskId = id, Kind = CandidateKind.User, Value = candidateUser });
        return t;
    }

    private async Task AddAsync(IEnumerable<WorkTask> rows)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OaDbContext>();
        db.Tasks.AddRange(rows);
        await db.SaveChangesAsync();
    }

    private static async Task<InboxPage> InboxAsync(HttpClient client, string query) =>
        (await client.GetFromJsonAsync<InboxPage>("/api/tasks?box=todo&" + query, ApiClient.Json))!;
}

public sealed class SqliteInboxPagingTests(OaFactory factory) : InboxPagingTests<OaFactory>(factory), IClassFixture<OaFactory>;

public sealed class PostgresInboxPagingTests(PostgresOaFactory factory) : InboxPagingTests<PostgresOaFactory>(factory), IClassFixture<PostgresOaFactory>;
