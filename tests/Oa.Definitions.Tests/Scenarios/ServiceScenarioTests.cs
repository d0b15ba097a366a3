using System.Text.Json.Nodes;
using Oa.Definitions.Tests.Support;

namespace Oa.Definitions.Tests.Scenarios;

// CA借用 · 投诉受理 · 数据处理申请 · License申请 (seed 000 §14, §16, §18; 002 FAQ 4).
public class ServiceScenarioTests
{
    static readonly Dictionary<string, JsonObject> CaLedger = new()
    {
        ["ca-certificates/CA-07"] = new JsonObject { ["holder"] = "西安示例软件有限公司", ["issuer"] = "陕西CA", ["expiresOn"] = "2027-06-30" },
    };

    const string Loan = """
        {"ca":{"id":"CA-07","title":"陕西CA（投标用）"},"project":"河北省平台运维项目投标","purpose":"网上投标签章",
         "borrowDate":"2026-12-07","dueDate":"2026-12-10"}
        """;

    [Fact]
    public async Task CaLoan_ApprovedHandedOutAndReturned()
    {
        var s = await Scenario.StartAsync("ca-loan", "zhangsan", Loan, CaLedger);
        Assert.Equal("陕西CA", await s.VariableAsync("caIssuer"));
        Assert.Equal(["panlei"], s.Assignees);
        await s.CompleteAsync("panlei");
        Assert.Equal("Task_Handover", s.Task("panlei").ElementId);
        await s.CompleteAsync("panlei", json: """{"handoverDate":"2026-12-07"}""");
        Assert.Equal("Task_Return", s.Task("panlei").ElementId);
        Assert.Equal(["issue"], s.LedgerWrites.Of("oa-ca-loan").Select(w => w.Headers["action"])); // handed over: the certificate is out
        await s.CompleteAsync("panlei", json: """{"returnDate":"2026-12-09","returnState":"ok"}""");
        await s.AssertEndedAtAsync("End_Returned");
        Assert.Equal(["issue", "return"], s.LedgerWrites.Of("oa-ca-loan").Select(w => w.Headers["action"]));
        Assert.False(s.Reached("Event_OverdueReminder"));
    }

    [Fact]
    public async Task CaLoan_NotReturnedByTheDueDate_RemindsAndStillWaitsForTheReturn()
    {
        var s = await Scenario.StartAsync("ca-loan", "zhangsan", Loan, CaLedger);
        await s.CompleteAsync("panlei");
        await s.CompleteAsync("panlei", json: """{"handoverDate":"2026-12-07"}""");
        await s.AdvanceAsync(TimeSpan.FromDays(3) + TimeSpan.FromHours(10)); // 2026-12-10 19:00 +08:00
        Assert.True(s.Reached("Event_OverdueReminder"));
        Assert.Equal("Task_Return", s.Task("panlei").ElementId);
        await s.CompleteAsync("panlei", json: """{"returnDate":"2026-12-11","returnState":"ok"}""");
        await s.AssertEndedAtAsync("End_Returned");
    }

    [Fact]
    public async Task CaLoan_AdminRejects()
    {
        var s = await Scenario.StartAsync("ca-loan", "zhangsan", Loan, CaLedger);
        await s.CompleteAsync("panlei", "reject");
        await s.AssertEndedAtAsync("End_Rejected");
        Assert.Empty(s.LedgerWrites.Writes);
    }

    [Fact]
    public void CaLoan_WithoutDueDate_IsRejected() =>
        Assert.Equal(["dueDate"], Scenario.ValidateStart("ca-loan", Loan.Replace(",\"dueDate\":\"2026-12-10\"", ""), CaLedger).Select(e => e.Path));

    const string Complaint = """
        {"channel":"hotline","receivedOn":"2026-12-07","customerName":"石家庄某热电厂","contactPerson":"李工","contactPhone":"13800138000","product":"企业端自动监控系统",
         "region":"jjjl","complaintType":"timeliness","description":"数据异常报修三天无人处理"}
        """;

    [Fact]
    public async Task Complaint_AcceptInvestigateSolveClose()
    {
        var s = await Scenario.StartAsync("complaint", "linxue", Complaint);
        Assert.Equal("26120001", await s.VariableAsync("complaintNo"));
        Assert.Equal(["linxue", "zhoumin"], s.Assignees);
        await s.CompleteAsync("zhoumin", json: """{"handler":"zhoumin","acceptNote":"已电话回复客户"}""");
        Assert.Equal("Task_Investigate", s.Task("zhoumin").ElementId);
        await s.CompleteAsync("zhoumin", json: """{"cause":"implementation","investigation":"驻地工程师请假未交接"}""");
        await s.CompleteAsync("zhoumin", json: """{"solutionType":"compensate","compensation":2000,"solution":"延长运维一个月并建立交接制度"}""");
        Assert.Equal(["linxue", "zhoumin"], s.Assignees);
        await s.CompleteAsync("linxue", json: """{"satisfied":"yes","closeNote":"客户认可"}""");
        await s.AssertEndedAtAsync("End_Closed");
        // the number into complaintNo, the 意见书, then the register row keyed by the tracking number, closed today (ioMapping constants)
        Assert.Equal(["oa-instance-serial", "oa-render-document", "oa-ledger-upsert"], s.LedgerWrites.Writes.Select(w => w.Type));
        var write = s.LedgerWrites.Writes[2];
        Assert.Equal(("complaints", "closed", "26120001"), (write.Headers["ledger"], write.Variables["status"].GetString(), write.Variables["complaintNo"].GetString()));
        Assert.Matches("^[0-9]{4}-[0-9]{2}-[0-9]{2}$", write.Variables["closedOn"].GetString()); // FEEL today() reads the system clock, not the scenario's
        Assert.False(s.Reached("Event_AcceptOverdue"));
    }

    [Fact]
    public async Task Complaint_SlaTimers_RemindWithoutInterrupting_AndAnUnhappyCustomerReopensTheSolution()
    {
        var s = await Scenario.StartAsync("complaint", "linxue", Complaint);
        await s.AdvanceAsync(TimeSpan.FromHours(25));
        Assert.True(s.Reached("Event_AcceptOverdue"));
        Assert.Equal(["linxue", "zhoumin"], s.Assignees);
        await s.CompleteAsync("linxue", json: """{"handler":"zhoumin"}""");
        await s.AdvanceAsync(TimeSpan.FromDays(3) + TimeSpan.FromMinutes(1));
        Assert.True(s.Reached("Event_InvestigateOverdue"));
        await s.CompleteAsync("zhoumin", json: """{"cause":"product","investigation":"版本缺陷"}""");
        await s.CompleteAsync("zhoumin", json: """{"solutionType":"rectify","solution":"发布补丁"}""");
        await s.CompleteAsync("zhoumin", json: """{"satisfied":"no","closeNote":"客户要求上门"}""");
        Assert.Equal("Task_Solution", s.Task("zhoumin").ElementId);
        await s.AdvanceAsync(TimeSpan.FromDays(5) + TimeSpan.FromMinutes(1));
        Assert.True(s.Reached("Event_SolutionOverdue"));
        await s.CompleteAsync("zhoumin", json: """{"solutionType":"rectify","solution":"上门升级并培训"}""");
        await s.CompleteAsync("linxue", json: """{"satisfied":"yes"}""");
        await s.AssertEndedAtAsync("End_Closed");
    }

    [Fact]
    public async Task Complaint_NotAccepted_Ends()
    {
        var s = await Scenario.StartAsync("complaint", "linxue", Complaint);
        await s.CompleteAsync("zhoumin", "reject");
        await s.AssertEndedAtAsync("End_NotAccepted");
    }

    [Fact]
    public void Complaint_BadPhone_IsRejected() =>
        Scenario.AssertRejected("complaint", Complaint.Replace("13800138000", "电话"), "contactPhone");

    static string DataFix(bool national) => $$"""
        {"customer":"河北省生态环境厅","region":"jjjl","system":"{{(national ? "national" : "provincial")}}","nationalLevel":{{(national ? "true" : "false")}},
         "reason":"merge","description":"两家企业合并，需合并排口与历史数据","ticketNo":"FW-20261207-01"}
        """;

    [Fact]
    public async Task DataFix_Provincial_TechLiaisonExecutes_RequesterVerifies()
    {
        var s = await Scenario.StartAsync("data-fix", "zhangsan", DataFix(national: false));
        Assert.Equal(["guohui", "xiaoyu"], s.Assignees);
        await s.CompleteAsync("guohui", json: """{"scripts":[{"id":"f-s1","name":"merge.sql","size":2048}],"executionNote":"已合并"}""");
        Assert.Equal(["zhangsan"], s.Assignees);
        await s.CompleteAsync("zhangsan", json: """{"verifyResult":"resolved","verifyNote":"客户确认数据正确"}""");
        await s.AssertEndedAtAsync("End_Done");
        Assert.False(s.Reached("Task_National"));
    }

    [Fact]
    public async Task DataFix_National_GoesToTheMinistryGroup_AndReturnsThereWhenUnresolved()
    {
        var s = await Scenario.StartAsync("data-fix", "zhangsan", DataFix(national: true));
        Assert.Equal(["songwei"], s.Assignees);
        await s.CompleteAsync("songwei", json: """{"executionNote":"第一次处理"}""");
        await s.CompleteAsync("zhangsan", json: """{"verifyResult":"unresolved","verifyNote":"历史数据未合并"}""");
        Assert.Equal(["songwei"], s.Assignees);
        await s.CompleteAsync("songwei", json: """{"executionNote":"补充合并历史数据"}""");
        await s.CompleteAsync("zhangsan", json: """{"verifyResult":"resolved"}""");
        await s.AssertEndedAtAsync("End_Done");
    }

    [Fact]
    public async Task DataFix_RequesterCannotEditTheExecutionNote()
    {
        var s = await Scenario.StartAsync("data-fix", "zhangsan", DataFix(national: false));
        await s.CompleteAsync("xiaoyu", json: """{"executionNote":"已处理"}""");
        var errors = await s.TrySubmitAsync("zhangsan", """{"verifyResult":"resolved","executionNote":"改写"}""");
        Assert.Contains(errors, e => e.Path == "executionNote");
    }

    [Fact]
    public void DataFix_WithoutDescriptionOrReason_IsRejected() =>
        Scenario.AssertRejected("data-fix", DataFix(national: false).Replace("\"reason\":\"merge\",", "").Replace("两家企业合并，需合并排口与历史数据", ""),
            "description", "reason");

    const string Licence = """
        {"customer":"宁夏生态环境厅","region":"nqgx","system":"provincial","version":"V5.2","licenceType":"formal","expiry":"2027-12-31",
         "fingerprint":"8F2A-11C0-93DE-7741","reason":"新部署"}
        """;

    [Fact]
    public async Task License_TechLiaisonIssuesTheFile()
    {
        var s = await Scenario.StartAsync("license", "zhangsan", Licence);
        Assert.Equal(["guohui", "xiaoyu"], s.Assignees);
        await s.CompleteAsync("xiaoyu", json: """{"licenceFile":[{"id":"f-l1","name":"license.lic","size":512}],"issueNote":"有效期至 2027-12-31"}""");
        await s.AssertEndedAtAsync("End_Issued");
        Assert.Contains("license.lic", await s.VariableAsync("licenceFile"));
    }

    [Fact]
    public async Task License_Rejected()
    {
        var s = await Scenario.StartAsync("license", "zhangsan", Licence);
        await s.CompleteAsync("guohui", "reject");
        await s.AssertEndedAtAsync("End_Rejected");
    }

    [Fact]
    public void License_WithoutFingerprint_IsRejected() =>
        Scenario.AssertRejected("license", Licence.Replace("\"fingerprint\":\"8F2A-11C0-93DE-7741\",", ""), "fingerprint");
}
