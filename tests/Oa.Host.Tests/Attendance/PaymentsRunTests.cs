using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MiniExcelLibs;
using Oa.Host.Tests.Infrastructure;

namespace Oa.Host.Tests.Attendance;

public sealed class PaymentsFactory : AttendanceFactory;

/// <summary>The same month on PostgreSQL (OA_TEST_POSTGRES, as test.sh sets): migrations, seeded calendar, money sums.</summary>
public sealed class PostgresPaymentsFactory() : AttendanceFactory("Postgres");

public sealed class PaymentsRunTests(PaymentsFactory factory) : PaymentsRunScenario<PaymentsFactory>(factory), IClassFixture<PaymentsFactory>;

public sealed class PostgresPaymentsRunTests(PostgresPaymentsFactory factory) : PaymentsRunScenario<PostgresPaymentsFactory>(factory), IClassFixture<PostgresPaymentsFactory>;

/// <summary>
/// Payments for 2026-05 (19 workdays). wangwu (400 元/day) is absent on the make-up Saturday 05-09 and has a laptop and
/// a certificate allowance; lisi is seconded from 05-11 (11 of the 19 workdays) and worked 4 approved hours on
/// Saturday 05-16. Defaults: 外派补贴 1500/month, 自带电脑 150, rest-day overtime 2 × 400/8 per hour.
/// </summary>
public abstract class PaymentsRunScenario<TFactory>(TFactory factory) where TFactory : AttendanceFactory
{
    [Fact]
    public async Task Run_PaysHandComputedTotals_RerunAddsNothing_CorrectionIsAnAdjustingLine()
    {
        await factory.PublishShippedAsync("attendance-exception");
        await factory.OnlyEmployeesAsync("wangwu", "lisi");
        await factory.AddFullAttendanceAsync("wangwu", new(2026, 4, 26), new DateOnly(2026, 5, 9));
        await factory.AddFullAttendanceAsync("lisi", new(2026, 4, 26));
        await factory.AddApprovedAsync("Process_LaptopAllowance", "wangwu", new { brand = "联想", model = "X1", startMonth = "2026-05" });
        await factory.AddApprovedAsync("Process_LaptopAllowance", "wangwu", new { brand = "联想", model = "X1 again", startMonth = "2026-04" });
        await factory.AddApprovedAsync("Process_CertAllowance", "wangwu", new { certName = "系统集成项目管理工程师", certNo = "C-1", monthlyAmount = 300, startMonth = "2026-05", validUntil = "2027-01-01" });
        await factory.AddApprovedAsync("Process_CertAllowance", "wangwu", new { certName = "已过期证书", certNo = "C-0", monthlyAmount = 200, startMonth = "2025-01", validUntil = "2026-03-31" });
        await factory.AddApprovedAsync("Process_SecondmentStart", "zhengshuang", new { employee = "lisi", destination = "石家庄", customer = "河北省生态环境厅", arrivalDate = "2026-05-08", startDate = "2026-05-11" });
        await factory.AddApprovedAsync("Process_Overtime", "lisi", new { planStart = "2026-05-16T09:00", overtimeKind = "restday", actualOvertime = "yes", restdayHours = 4 });
        var hr = await factory.ClientAsAsync("wujing");

        Assert.Equal(HttpStatusCode.Conflict, (await hr.PostAsync("/api/payroll/2026-05/run", null)).StatusCode); // not closed yet
        (await hr.PostAsync("/api/attendance/periods/2026-05/close", null)).EnsureSuccessStatusCode();
        Assert.Equal(HttpStatusCode.Conflict, (await hr.PostAsync("/api/payroll/2026-05/run", null)).StatusCode); // not confirmed yet
        (await hr.PostAsync("/api/attendance/periods/2026-05/confirm", null)).EnsureSuccessStatusCode();

        var run = await (await hr.PostAsync("/api/payroll/2026-05/run", null)).JsonAsync();
        Assert.Equal(1, run.GetProperty("runNo").GetInt32());
        var items = await ItemsAsync(hr);
        // wangwu: laptop 150 (once, however many requests) + certificate 300 (the expired one not) − absence 2 × 400 = −350
        Assert.Equal(-350m, Total(items, "wangwu"));
        Assert.Equal(150m, Kind(items, "wangwu", "laptop"));
        Assert.Equal(300m, Kind(items, "wangwu", "certificate"));
        // lisi: 1500 × 11 / 19 = 868.42 (rounded to 分) + 4 h × 50 × 2 = 400
        Assert.Equal(868.42m, Kind(items, "lisi", "secondment"));
        Assert.Equal(400m, Kind(items, "lisi", "overtime"));
        Assert.Equal(1268.42m, Total(items, "lisi"));
        Assert.Equal(918.42m, run.GetProperty("total").GetDecimal());

        var again = await (await hr.PostAsync("/api/payroll/2026-05/run", null)).JsonAsync();
        Assert.Equal(0, again.GetProperty("added").GetInt32() + again.GetProperty("adjustments").GetInt32());
        Assert.Equal(items.Count, (await ItemsAsync(hr)).Count);

        // wangwu's Saturday punches turn up: HR re-opens, re-closes, confirms and re-runs → one adjusting line of +800 (run 2: the no-op re-run wrote nothing and used no number).
        Assert.Equal(HttpStatusCode.BadRequest, (await hr.PostAsJsonAsync("/api/attendance/periods/2026-05/reopen", new { reason = " " })).StatusCode);
        (await hr.PostAsJsonAsync("/api/attendance/periods/2026-05/reopen", new { reason = "考勤机 05-09 数据补导" })).EnsureSuccessStatusCode();
        await factory.AddPunchesAsync("wangwu", "2026-05-09 08:58", "2026-05-09 18:01");
        (await hr.PostAsync("/api/attendance/periods/2026-05/close", null)).EnsureSuccessStatusCode();
        (await hr.PostAsync("/api/attendance/periods/2026-05/confirm", null)).EnsureSuccessStatusCode();
        var third = await (await hr.PostAsync("/api/payroll/2026-05/run", null)).JsonAsync();
        Assert.Equal(1, third.GetProperty("adjustments").GetInt32());
        var after = await ItemsAsync(hr);
        var adjustment = after.Single(i => i.GetProperty("adjustment").GetBoolean());
        Assert.Equal(("wangwu", 800m, 2), (adjustment.GetProperty("userName").GetString(), adjustment.GetProperty("amount").GetDecimal(), adjustment.GetProperty("runNo").GetInt32()));
        Assert.Equal(450m, Total(after, "wangwu"));
        var audit = await factory.WithDbAsync(db => Task.FromResult(db.PeriodAudit.Where(a => a.PeriodId == "2026-05").OrderBy(a => a.Id).Select(a => a.Action + ":" + a.UserName).ToList()));
        Assert.Equal(["close:wujing", "confirm:wujing", "reopen:wujing", "close:wujing", "confirm:wujing"], audit);

        var sheet = await hr.GetAsync("/api/payroll/2026-05/export");
        Assert.Equal(HttpStatusCode.OK, sheet.StatusCode);
        await using var stream = new MemoryStream(await sheet.Content.ReadAsByteArrayAsync());
        var rows = stream.Query(useHeaderRow: true, sheetName: "工资表").Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(1718.42m, Convert.ToDecimal(rows.Single(r => (string?)r["姓名"] == "总计")["合计"]));
        Assert.Equal(2, rows.Count(r => (string?)r["姓名"] == "部门合计")); // wangwu and lisi are in different departments
    }

    [Fact]
    public async Task Payroll_IsForHrOnly()
    {
        var employee = await factory.ClientAsAsync("zhangsan");
        Assert.Equal(HttpStatusCode.Forbidden, (await employee.PostAsync("/api/payroll/2026-05/run", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await employee.GetAsync("/api/payroll/2026-05/export")).StatusCode);
    }

    private static async Task<List<JsonElement>> ItemsAsync(HttpClient hr) =>
        [.. (await (await hr.GetAsync("/api/payroll/2026-05")).JsonAsync()).EnumerateArray()];

    private static decimal Total(List<JsonElement> items, string user) =>
        items.Where(i => i.GetProperty("userName").GetString() == user).Sum(i => i.GetProperty("amount").GetDecimal());

    private static decimal Kind(List<JsonElement> items, string user, string kind) =>
        items.Where(i => i.GetProperty("userName").GetString() == user && i.GetProperty("kind").GetString() == kind).Sum(i => i.GetProperty("amount").GetDecimal());
}
