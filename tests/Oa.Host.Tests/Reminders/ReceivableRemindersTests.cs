using System.Text.Json.Nodes;

namespace Oa.Host.Tests.Reminders;

public sealed class ReceivablesFactory : ReminderFactory;

/// <summary>
/// 合同回款提醒 with the defaults: 7 days ahead, overdue repeated every 7 days, to the salesperson (wangfang) and 财务
/// (qianhua, sunyue); 回款周报 to the 销售总监 (lichao, 营销管理部 — wangfang's department).
/// </summary>
public sealed class ReceivableRemindersTests(ReceivablesFactory factory) : IClassFixture<ReceivablesFactory>
{
    private static JsonObject Contract(params (int Period, string Due, decimal Amount, decimal Paid)[] rows) => new()
    {
        ["contractNo"] = "HT-" + Guid.NewGuid().ToString("N")[..6], ["amount"] = rows.Sum(r => r.Amount),
        ["paymentTerms"] = new JsonArray([.. rows.Select(r => (JsonNode)new JsonObject { ["period"] = r.Period, ["node"] = $"第{r.Period}期", ["dueDate"] = r.Due, ["amount"] = r.Amount })]),
        ["receipts"] = new JsonArray([.. rows.Where(r => r.Paid > 0).Select(r => (JsonNode)new JsonObject { ["period"] = r.Period, ["amount"] = r.Paid, ["receivedDate"] = "2026-05-01" })]),
    };

    [Fact]
    public async Task OverdueAndDueSoonRows_GoToSalespersonAndFinance_OncePerDay_OverdueAgainAfterAWeek()
    {
        // Row 1 overdue since 05-20 with 6,000 open; row 2 due 05-30 (in 3 days); row 3 due 07-01 (too far); row 4 paid.
        var id = await factory.AddLedgerRecordAsync("contracts", "wangfang", "回款测试合同",
            Contract((1, "2026-05-20", 10000m, 4000m), (2, "2026-05-30", 20000m, 0m), (3, "2026-07-01", 5000m, 0m), (4, "2026-05-10", 3000m, 3000m)));
        var link = $"/Ledgers/contracts/Record/{id}";

        await factory.DailyAsync(ReminderFactory.Today);
        var sent = await factory.NotificationsAsync(link);
        foreach (var user in new[] { "wangfang", "qianhua", "sunyue" })
        {
            Assert.Single(sent, n => n.User == user && n.Event == "receivable-overdue");
            Assert.Single(sent, n => n.User == user && n.Event == "receivable-due");
        }
        Assert.Equal(6, sent.Count);
        Assert.Contains("6,000.00", sent.First(n => n.Event == "receivable-overdue").Body);
        Assert.Contains("已逾期7天", sent.First(n => n.Event == "receivable-overdue").Body);
        Assert.Contains("2026-05-30", sent.First(n => n.Event == "receivable-due").Body);

        // The same day again (run now, catch-up misfire): nothing new. The next days: the due-soon row was told once,
        // the overdue one waits for its weekly repeat.
        await factory.DailyAsync(ReminderFactory.Today);
        await factory.DailyAsync(ReminderFactory.Today.AddDays(1));
        await factory.DailyAsync(ReminderFactory.Today.AddDays(2));
        Assert.Equal(6, (await factory.NotificationsAsync(link)).Count);

        // 06-03, seven days on: row 1 again, and row 2 (due 05-30) is now overdue too — a new item, told at once.
        await factory.DailyAsync(ReminderFactory.Today.AddDays(7));
        var later = (await factory.NotificationsAsync(link)).Skip(6).Where(n => n.User == "wangfang").ToList();
        Assert.Equal(2, later.Count);
        Assert.All(later, n => Assert.Equal("receivable-overdue", n.Event));
        Assert.Contains(later, n => n.Body.Contains("20,000.00"));
    }

    [Fact]
    public async Task FullyPaidContract_GetsNoReminder()
    {
        var id = await factory.AddLedgerRecordAsync("contracts", "liuqiang", "已回款合同", Contract((1, "2026-05-20", 8000m, 8000m), (2, "2026-05-29", 2000m, 2000m)));
        await factory.DailyAsync(ReminderFactory.Today);
        Assert.Empty(await factory.NotificationsAsync($"/Ledgers/contracts/Record/{id}"));
    }

    [Fact]
    public async Task WeeklyDigest_GoesToTheSalesHeadOncePerWeek_WithTheirPeoplesOpenReceivables()
    {
        await factory.AddLedgerRecordAsync("contracts", "liuqiang", "周报测试合同", Contract((1, "2026-05-01", 12345m, 0m)));
        var first = await factory.DigestAsync(ReminderFactory.Today);
        var again = await factory.DigestAsync(ReminderFactory.Today.AddDays(1)); // same week (Mon 05-25)
        var digests = await factory.NotificationsAsync("/Ledgers/contracts/Overdue");
        var mine = Assert.Single(digests, n => n.User == "lichao");
        Assert.Equal("receivables-digest", mine.Event);
        Assert.Contains("刘强", mine.Body);
        Assert.Contains("12,345.00", mine.Body);
        Assert.DoesNotContain(digests, n => n.User == "liuqiang" || n.User == "qianhua");
        Assert.True(first.Sent >= 1);
        Assert.Equal(0, again.Sent);

        await factory.DigestAsync(ReminderFactory.Today.AddDays(6)); // Tuesday of the next week
        Assert.Equal(2, (await factory.NotificationsAsync("/Ledgers/contracts/Overdue")).Count(n => n.User == "lichao"));
    }
}
