using Oa.Definitions.Tests.Support;

namespace Oa.Definitions.Tests.Scenarios;

// CA备案 · 资质借用 · 异常考勤审批 (seed 000 §5, §18; 003 §3.2.1).
public class AdminScenarioTests
{
    const string Ca = """
        {"action":"renew","caName":"陕西CA（投标用）","holder":"西安示例软件有限公司","issuer":"陕西CA","caSerial":"5F3A0012",
         "validFrom":"2026-12-01","expiresOn":"2027-11-30","custodian":"panlei","location":"行政柜 2 号"}
        """;

    [Fact]
    public async Task CaRegistration_AdminChecksAndRegisters()
    {
        var s = await Scenario.StartAsync("ca-registration", "zhangsan", Ca);
        Assert.Equal(["panlei"], s.Assignees);
        await s.CompleteAsync("panlei", json: """{"custodian":"panlei","location":"行政柜 3 号"}""");
        await s.AssertEndedAtAsync("End_Registered");
        Assert.Equal("行政柜 3 号", await s.VariableAsync("location"));
    }

    [Fact]
    public async Task CaRegistration_AdminRejects()
    {
        var s = await Scenario.StartAsync("ca-registration", "zhangsan", Ca);
        await s.CompleteAsync("panlei", "reject");
        await s.AssertEndedAtAsync("End_Rejected");
    }

    [Fact]
    public void CaRegistration_WithoutExpiry_IsRejected() =>
        Scenario.AssertRejected("ca-registration", Ca.Replace("\"expiresOn\":\"2027-11-30\",", ""), "expiresOn");

    static string Loan(string kind) => $$"""
        {"kind":"{{kind}}","itemName":"资料 1 份","project":"河北省平台投标","purpose":"投标资格审查","needDate":"2026-12-08","dueDate":"2026-12-11"}
        """;

    [Theory]
    [InlineData("contract", "yaoqian", "Task_IssueContract")]
    [InlineData("finance", "qianhua", "Task_IssueFinance")]
    [InlineData("licence", "panlei", "Task_IssueLicence")]
    public async Task QualificationLoan_OriginalsAreIssuedByTheirKeeper_AndReturned(string kind, string issuer, string task)
    {
        var s = await Scenario.StartAsync("qualification-loan", "zhangsan", Loan(kind));
        Assert.Contains(issuer, s.Assignees);
        Assert.Equal(task, s.Task(issuer).ElementId);
        await s.CompleteAsync(issuer, json: $$"""{"keeper":"{{issuer}}","issuedDate":"2026-12-08"}""");
        Assert.Equal(["Task_Return"], s.Open.Select(t => t.ElementId));
        await s.AdvanceAsync(TimeSpan.FromDays(4) + TimeSpan.FromHours(10));
        Assert.True(s.Reached("Event_OverdueReminder"));
        await s.CompleteAsync(issuer, json: """{"returnDate":"2026-12-12","returnState":"ok"}""");
        await s.AssertEndedAtAsync("End_Returned");
    }

    [Fact]
    public async Task QualificationLoan_SocialInsuranceCertificate_NeedsNoReturn()
    {
        var s = await Scenario.StartAsync("qualification-loan", "zhangsan", Loan("social").Replace(",\"dueDate\":\"2026-12-11\"", ""));
        Assert.Equal(["jiangtao"], s.Assignees);
        await s.CompleteAsync("jiangtao", json: """{"keeper":"jiangtao","issuedDate":"2026-12-08"}""");
        await s.AssertEndedAtAsync("End_Issued");
        Assert.False(s.Reached("Task_Return"));
    }

    [Fact]
    public async Task QualificationLoan_KeeperRefuses()
    {
        var s = await Scenario.StartAsync("qualification-loan", "zhangsan", Loan("finance"));
        await s.CompleteAsync("sunyue", "reject");
        await s.AssertEndedAtAsync("End_Rejected");
    }

    [Fact]
    public void QualificationLoan_UnknownKind_IsRejected() =>
        Scenario.AssertRejected("qualification-loan", Loan("seal"), "kind");

    const string Anomalies = """
        {"period":"2026-10-26~2026-11-25","anomalies":[{"date":"2026-11-03","kind":"late","minutes":12},{"date":"2026-11-18","kind":"missing"}]}
        """;

    [Fact]
    public async Task AttendanceException_EmployeeExplains_HeadConfirms_HrFixesCounts()
    {
        var s = await Scenario.StartAsync("attendance-exception", "lisi", Anomalies);
        Assert.Equal(["lisi"], s.Assignees);
        await s.CompleteAsync("lisi", json: """
            {"anomalies":[{"date":"2026-11-03","kind":"late","minutes":12,"explanation":"地铁故障"},{"date":"2026-11-18","kind":"missing","explanation":"已提交补卡"}]}
            """);
        Assert.Contains("地铁故障", await s.VariableAsync("anomalies"));
        Assert.Equal(["wanglei"], s.Assignees);
        await s.CompleteAsync("wanglei", json: """{"headNote":"情况属实"}""");
        await s.CompleteAsync("wujing", json: """
            {"anomalies":[{"date":"2026-11-03","kind":"late","minutes":12,"explanation":"地铁故障","verdict":"confirmed"},
                          {"date":"2026-11-18","kind":"missing","explanation":"已提交补卡","verdict":"excused"}],
             "lateCount":1,"lateMinutes":12,"missingCount":0,"absentDays":0}
            """);
        await s.AssertEndedAtAsync("End_Confirmed");
        Assert.Equal("1", await s.VariableAsync("lateCount"));
        Assert.Contains("地铁故障", await s.VariableAsync("anomalies"));
    }

    [Fact]
    public async Task AttendanceException_EmployeeCannotSetTheHrVerdict()
    {
        var s = await Scenario.StartAsync("attendance-exception", "lisi", Anomalies);
        var errors = await s.TrySubmitAsync("lisi", """{"lateCount":0}""");
        Assert.Contains(errors, e => e.Path == "lateCount");
    }

    [Fact]
    public void AttendanceException_RowWithoutKind_IsRejectedOnTheRow() =>
        Scenario.AssertRejected("attendance-exception", """{"period":"2026-10-26~2026-11-25","anomalies":[{"date":"2026-11-03"}]}""", "anomalies[0].kind");
}
