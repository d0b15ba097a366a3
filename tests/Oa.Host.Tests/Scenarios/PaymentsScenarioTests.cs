using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Oa.Host.Data;
using Oa.Host.Data.Attendance;
using Oa.Host.Features.Attendance;
using Oa.Host.Features.Attendance.Rules;
using Oa.Host.Tests.Files;
using Oa.Host.Tests.Infrastructure;
using Oa.Host.Tests.Ledgers;

using Oa.Host.Tests.Attendance;

namespace Oa.Host.Tests.Scenarios;

/// <summary>The shipped definitions on 2026-05-27 (the day after the 2026-05 attendance period ended), for the monthly close and payments run.</summary>
public sealed class PaymentsScenarioFactory() : ScenarioFactory(new DateTimeOffset(2026, 5, 27, 1, 0, 0, TimeSpan.Zero))
{
    /// <summary>Only these people are attendance employees (hired long ago); the others get no hire date, so a close starts no approvals for them.</summary>
    public async Task EmployeesAsync(params string[] userNames)
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OaDbContext>();
        foreach (var u in await db.Users.ToListAsync()) u.HireDate = userNames.Contains(u.UserName) ? new DateOnly(2020, 1, 1) : null;
        await db.SaveChangesAsync();
    }

    /// <summary>On time (08:55–18:05) every workday from <paramref name="from"/> to <paramref name="to"/> but the dates listed.</summary>
    public async Task AttendAsync(string user, DateOnly from, DateOnly to, params DateOnly[] except)
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OaDbContext>();
        var calendar = await AttendanceData.CalendarAsync(db, CancellationToken.None);
        for (var d = from; d <= to; d = d.AddDays(1))
            if (calendar.KindOf(d) == DayKind.Workday && !except.Contains(d))
                foreach (var t in new[] { "08:55", "18:05" })
                    db.Punches.Add(new PunchRecord { UserName = user, At = DateTime.Parse($"{d:yyyy-MM-dd} {t}"), Source = "test", ImportedAt = Clock.GetUtcNow() });
        await db.SaveChangesAsync();
    }
}

/// <summary>
/// 资质证书津贴 · 自带电脑补贴 · 外派开始/外派结束 approved through their steps and paid by the payments run (seed 000 §6–7);
/// 异常考勤审批 started by the attendance close, explained, confirmed and fixed by HR, feeding the deduction (seed 000 §5).
/// </summary>
public sealed class PaymentsScenarioTests(PaymentsScenarioFactory factory) : IClassFixture<PaymentsScenarioFactory>
{
    private async Task<string> StartAsync(string user, string process, object variables) =>
        (await ScenarioFactory.StartAsync(await factory.ClientAsAsync(user), process, variables)).GetProperty("id").GetString()!;

    private async Task ActAsync(string user, string id, string action = "approve", object? variables = null) =>
        await factory.ActAsync(await factory.ClientAsAsync(user), id, action, variables);

    private async Task<object> CertificateAsync(string certNo) => new
    {
        certName = "系统集成项目管理工程师", certNo, issuer = "工业和信息化部", certLevel = "intermediate", issueDate = "2025-11-20", validUntil = "2029-11-19",
        certScan = new[] { new { id = await (await factory.ClientAsAsync("wangwu")).UploadIdAsync(FileUploads.Pdf, "证书.pdf"), name = "证书.pdf", size = FileUploads.Pdf.Length } },
    };

    [Fact]
    public async Task Allowances_AndASecondmentEndedEarly_ApprovedThroughTheirSteps_ArePaidByTheMonthlyRun()
    {
        await factory.ReadyAsync();
        await factory.EmployeesAsync("wangwu", "lisi");
        await factory.AttendAsync("wangwu", new(2026, 4, 26), new(2026, 5, 25));
        await factory.AttendAsync("lisi", new(2026, 4, 26), new(2026, 5, 25));

        // 资质证书津贴: 部门负责人 马帅 → 人事 sets 300/月 from 2026-05; a second one the head refuses is never paid
        var cert = await StartAsync("wangwu", "Process_CertAllowance", await CertificateAsync("C-2026-1"));
        await ActAsync("mashuai", cert);
        await ActAsync("wujing", cert, variables: new { monthlyAmount = 300, startMonth = "2026-05" });
        var refused = await StartAsync("wangwu", "Process_CertAllowance", await CertificateAsync("C-2026-2"));
        await ActAsync("mashuai", refused, "reject");
        // 自带电脑补贴: once, 150/月
        var laptop = await StartAsync("wangwu", "Process_LaptopAllowance", new { brand = "联想", model = "ThinkPad X1", cpu = "i7-1360P", ram = "16", os = "windows", agree = true });
        await ActAsync("mashuai", laptop);
        await ActAsync("wujing", laptop, variables: new { startMonth = "2026-05" });
        Assert.Equal(("completed", "rejected", "completed"), (await factory.StatusAsync(cert), await factory.StatusAsync(refused), await factory.StatusAsync(laptop)));

        // 外派开始: 内勤 郑爽 submits for 李四 (arrived Fri 05-08, counted from 05-11), 人事 approves → 李四's secondment record
        var start = await StartAsync("zhengshuang", "Process_SecondmentStart", new
        {
            employee = "lisi", destination = "石家庄", customer = "河北省生态环境厅", arrivalDate = "2026-05-08", expectedEnd = "2026-08-31", reason = "省平台驻场运维",
        });
        await ActAsync("wujing", start);
        var lisi = await factory.ClientAsAsync("lisi");
        var record = Assert.Single(await LedgerKit.ListAsync(lisi, "secondments", "?q=" + (await factory.VariablesAsync(start))["secondmentNo"].GetString()));
        Assert.Equal(("lisi", "2026-05-11"), (record.GetProperty("owner").GetString(), record.Field("startDate")));

        // 外派结束: 李四 picks it, back on 05-15; 内勤 confirms the date, 人事 approves → the record ends there
        var end = await StartAsync("lisi", "Process_SecondmentEnd", new
        {
            secondment = new { id = record.GetProperty("id").GetInt64(), title = record.GetProperty("title").GetString() }, endDate = "2026-05-15", summary = "项目上线，返回西安",
        });
        await ActAsync("zhengshuang", end, variables: new { endDate = "2026-05-15", clerkNote = "与驻地确认 05-15 返回" }); // the date is editable here, so the form sends it back
        await ActAsync("wujing", end);
        Assert.Equal("2026-05-15", (await (await lisi.GetAsync($"/api/ledgers/secondments/records/{record.GetProperty("id").GetInt64()}")).JsonAsync()).Field("endDate"));

        var hr = await factory.ClientAsAsync("wujing");
        (await hr.PostAsync("/api/attendance/periods/2026-05/close", null)).EnsureSuccessStatusCode();
        (await hr.PostAsync("/api/attendance/periods/2026-05/confirm", null)).EnsureSuccessStatusCode();
        (await hr.PostAsync("/api/payroll/2026-05/run", null)).EnsureSuccessStatusCode();
        var items = (await (await hr.GetAsync("/api/payroll/2026-05")).JsonAsync()).EnumerateArray().ToList();
        decimal Paid(string user, string kind) => items.Where(i => i.GetProperty("userName").GetString() == user && i.GetProperty("kind").GetString() == kind).Sum(i => i.GetProperty("amount").GetDecimal());
        Assert.Equal((300m, 150m), (Paid("wangwu", "certificate"), Paid("wangwu", "laptop")));
        // 1500 × 5 attended workdays (05-11…05-15) ÷ 19 workdays in the period, to the 分
        Assert.Equal(394.74m, Paid("lisi", "secondment"));
    }

    [Fact]
    public async Task AttendanceException_EmployeeExplains_HeadConfirms_HrExcusesOneAbsence_TheDeductionHalves()
    {
        await factory.ReadyAsync();
        await factory.EmployeesAsync("wangwu");
        // 2026-04 (03-26…04-25): absent on Wed 04-08 and Thu 04-09
        await factory.AttendAsync("wangwu", new(2026, 3, 26), new(2026, 4, 25), new(2026, 4, 8), new(2026, 4, 9));
        var hr = await factory.ClientAsAsync("wujing");
        (await hr.PostAsync("/api/attendance/periods/2026-04/close", null)).EnsureSuccessStatusCode();
        await factory.StartQueuedApprovalsAsync();
        var before = await DeductionAsync(hr);
        Assert.True(before > 0);

        var id = await factory.DbAsync(db => db.ExceptionApprovals.Where(a => a.UserName == "wangwu" && a.PeriodId == "2026-04").Select(a => a.InstanceId).SingleAsync());
        var lines = JsonNode.Parse((await factory.VariablesAsync(id))["anomalies"].GetRawText())!.AsArray();
        Assert.Equal(["2026-04-08", "2026-04-09"], lines.Select(l => l!["date"]!.GetValue<string>()));
        Assert.All(lines, l => Assert.Equal("absent", l!["kind"]!.GetValue<string>()));

        foreach (var line in lines) line!["explanation"] = line["date"]!.GetValue<string>() == "2026-04-08" ? "外出拜访客户，已报备" : "无";
        await ActAsync("wangwu", id, variables: new { anomalies = lines }); // 员工说明 (the initiator's own task)
        await ActAsync("mashuai", id, variables: new { headNote = "04-08 情况属实" }); // 部门负责人确认
        foreach (var line in lines) line!["verdict"] = line["date"]!.GetValue<string>() == "2026-04-08" ? "excused" : "confirmed";
        await ActAsync("wujing", id, variables: new { anomalies = lines, absentDays = 1, hrNote = "04-08 按外出处理" }); // 人事核定
        Assert.Equal("completed", await factory.StatusAsync(id));

        var confirmed = await (await hr.PostAsync("/api/attendance/periods/2026-04/confirm", null)).JsonAsync();
        Assert.Equal(1, confirmed.GetProperty("excused").GetInt32());
        Assert.Equal(before / 2, await DeductionAsync(hr));
    }

    private static async Task<decimal> DeductionAsync(HttpClient hr) =>
        (await (await hr.GetAsync("/api/attendance/periods/2026-04/summaries")).JsonAsync()).EnumerateArray()
            .Single(s => s.GetProperty("userName").GetString() == "wangwu").GetProperty("totalDeduction").GetDecimal();
}
