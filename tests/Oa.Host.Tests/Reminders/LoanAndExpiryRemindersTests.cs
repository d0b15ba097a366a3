using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Nodes;
using Oa.Host.Data.Deputies;
using Oa.Host.Data.Engine;
using Oa.Workflows.Runtime;

namespace Oa.Host.Tests.Reminders;

public sealed class LoansFactory : ReminderFactory;

public sealed class PostgresLoansFactory() : ReminderFactory("Postgres");

public sealed class LoanAndExpiryRemindersTests(LoansFactory factory) : LoanAndExpiryRemindersScenario<LoansFactory>(factory), IClassFixture<LoansFactory>;

public sealed class PostgresLoanAndExpiryRemindersTests(PostgresLoansFactory factory) : LoanAndExpiryRemindersScenario<PostgresLoansFactory>(factory), IClassFixture<PostgresLoansFactory>;

/// <summary>
/// CA/资质 loans (the CA ledger's 借出 rows and loan requests waiting at 归还确认), certificates near expiry (30 days) and
/// deputy periods ending (1 day), on the fake 2026-05-27. 行政 is panlei; loans overdue repeat daily.
/// </summary>
public abstract class LoanAndExpiryRemindersScenario<TFactory>(TFactory factory) where TFactory : ReminderFactory
{
    private static JsonObject Certificate(string expires, string? loanState = null, string? borrower = null, string? loanDue = null) => new()
    {
        ["certType"] = "ca", ["caName"] = "测试CA", ["holder"] = "某环保局", ["issuer"] = "CFCA", ["caSerial"] = Guid.NewGuid().ToString("N")[..10],
        ["expiresOn"] = expires, ["custodian"] = "sunyue", ["loanState"] = loanState ?? "in", ["borrower"] = borrower, ["loanDue"] = loanDue,
    };

    [Fact]
    public async Task LedgerLoanOverdue_GoesToBorrowerByDisplayNameCustodianAndAdmin_OncePerDay()
    {
        var id = await factory.AddLedgerRecordAsync("ca-certificates", "panlei", "借出的CA", Certificate("2027-12-31", "out", "王芳", "2026-05-26"));
        var link = $"/Ledgers/ca-certificates/Record/{id}";

        await factory.DailyAsync(ReminderFactory.Today);
        await factory.DailyAsync(ReminderFactory.Today);
        var sent = await factory.NotificationsAsync(link);
        Assert.Equal(["panlei", "sunyue", "wangfang"], sent.Select(n => n.User).Order().ToArray());
        Assert.All(sent, n => Assert.Equal("loan-overdue", n.Event));
        Assert.Contains("王芳借用的「借出的CA」应于 2026-05-26 归还，已逾期1天", sent[0].Body);

        await factory.DailyAsync(ReminderFactory.Today.AddDays(1));
        Assert.Equal(6, (await factory.NotificationsAsync(link)).Count);
    }

    [Fact]
    public async Task CertificateExpiringWithin30Days_IsToldOnce_LaterOneNotYet()
    {
        var soon = await factory.AddLedgerRecordAsync("ca-certificates", "panlei", "将到期证书", Certificate("2026-06-10"));
        var later = await factory.AddLedgerRecordAsync("ca-certificates", "panlei", "远期证书", Certificate("2026-08-01"));

        await factory.DailyAsync(ReminderFactory.Today);
        await factory.DailyAsync(ReminderFactory.Today.AddDays(3));
        var sent = await factory.NotificationsAsync($"/Ledgers/ca-certificates/Record/{soon}");
        Assert.Equal(["panlei", "sunyue"], sent.Select(n => n.User).Order().ToArray());
        Assert.All(sent, n => Assert.Equal("certificate-expiring", n.Event));
        Assert.Contains("2026-06-10 到期（还有14天）", sent[0].Body);
        Assert.Empty(await factory.NotificationsAsync($"/Ledgers/ca-certificates/Record/{later}"));
    }

    [Fact]
    public async Task LoanRequestWaitingForReturn_DueTomorrow_TellsBorrowerAndTheReturnConfirmers()
    {
        var instanceId = await AddLoanAwaitingReturnAsync("liuqiang", "2026-05-28");
        await factory.DailyAsync(ReminderFactory.Today);
        await factory.DailyAsync(ReminderFactory.Today.AddDays(1)); // due day: still the same "due soon" item, already told
        var sent = await factory.NotificationsAsync($"/Workbench/Instance/{instanceId}");
        Assert.Equal(["liuqiang", "panlei"], sent.Select(n => n.User).Order().ToArray());
        Assert.All(sent, n => Assert.Equal("loan-due", n.Event));
        Assert.Contains("投标用CA", sent[0].Body);

        await factory.DailyAsync(ReminderFactory.Today.AddDays(2));
        Assert.Equal(2, (await factory.NotificationsAsync($"/Workbench/Instance/{instanceId}")).Count(n => n.Event == "loan-overdue"));
    }

    [Fact]
    public async Task DeputyPeriodEndingTomorrow_TellsBothOnce_RevokedAndDistantOnesNot()
    {
        var cst = TimeSpan.FromHours(8);
        await factory.WithDbAsync(db =>
        {
            DeputyRule Rule(string user, string deputy, DateTimeOffset ends, bool revoked = false) => new()
            {
                // Stored in UTC, as the deputies API does (PostgreSQL's timestamptz takes no other offset).
                UserName = user, Deputy = deputy, StartsAt = new DateTimeOffset(2026, 5, 20, 9, 0, 0, cst).ToUniversalTime(), EndsAt = ends.ToUniversalTime(), CreatedBy = user,
                CreatedAt = factory.Clock.GetUtcNow(), RevokedAt = revoked ? factory.Clock.GetUtcNow() : null,
            };
            var rules = new[]
            {
                Rule("zhoumin", "lisi", new DateTimeOffset(2026, 5, 28, 18, 0, 0, cst)),
                Rule("zhaoliu", "lisi", new DateTimeOffset(2026, 5, 28, 18, 0, 0, cst), revoked: true),
                Rule("wangwu", "lisi", new DateTimeOffset(2026, 6, 10, 18, 0, 0, cst)),
            };
            db.DeputyRules.AddRange(rules);
            return Task.CompletedTask;
        });

        await factory.DailyAsync(ReminderFactory.Today);
        await factory.DailyAsync(ReminderFactory.Today);
        var sent = await factory.WithDbAsync(db => Task.FromResult(db.Notifications.Where(n => n.Event == "deputy-ending").Select(n => new { n.UserName, n.Body }).ToList()));
        Assert.Equal(["lisi", "zhoumin"], sent.Select(n => n.UserName).Order().ToArray());
        Assert.Contains("2026-05-28 18:00", sent[0].Body);
    }

    /// <summary>A CA借用 request handed out and waiting at 归还确认 (group 行政), as the engine leaves it.</summary>
    private Task<string> AddLoanAwaitingReturnAsync(string borrower, string dueDate) => factory.WithDbAsync(async db =>
    {
        var id = Guid.NewGuid().ToString("N");
        var vars = new Dictionary<string, JsonElement>
        {
            ["ca"] = JsonSerializer.SerializeToElement("投标用CA"), ["dueDate"] = JsonSerializer.SerializeToElement(dueDate),
        }.ToImmutableSortedDictionary();
        var state = new InstanceState { InstanceId = id, ProcessKey = "ca-loan", Initiator = borrower, Status = InstanceStatus.Running, Variables = vars };
        db.ProcessInstances.Add(new ProcessInstanceRecord
        {
            Id = id, ProcessKey = "ca-loan", ProcessName = "CA借用", Status = "running", Initiator = borrower, Title = "刘强借用CA", SerialNo = "CAJY-202605-001",
            StartedAt = factory.Clock.GetUtcNow().AddDays(-5), StateJson = InstanceStateSerializer.Serialize(state), Version = 1,
        });
        db.Tasks.Add(new WorkTask
        {
            Id = Guid.NewGuid().ToString("N"), InstanceId = id, ElementId = "Task_Return", Name = "归还确认", Status = WorkTaskStatus.Open,
            CreatedAt = factory.Clock.GetUtcNow().AddDays(-4), ProcessKey = "ca-loan", ProcessName = "CA借用", InstanceTitle = "刘强借用CA", Initiator = borrower,
            Candidates = [new TaskCandidate { Kind = CandidateKind.Group, Value = "行政" }],
        });
        await db.SaveChangesAsync();
        return id;
    });
}
