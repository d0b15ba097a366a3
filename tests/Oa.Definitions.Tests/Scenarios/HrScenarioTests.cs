using System.Text.Json.Nodes;
using Oa.Definitions.Tests.Support;
using Oa.Workflows.Approvals;

namespace Oa.Definitions.Tests.Scenarios;

// 外派开始 · 外派结束 · 资质证书津贴 · 自带电脑补贴 (seed 000 §6–8).
public class HrScenarioTests
{
    const string Start = """
        {"employee":"zhangsan","destination":"石家庄","customer":"河北省生态环境厅","arrivalDate":"2026-12-01","reason":"驻地运维"}
        """;

    [Fact]
    public async Task SecondmentStart_ClerkSubmits_HrApproves_EmployeeIsCopied()
    {
        var s = await Scenario.StartAsync("secondment-start", "zhengshuang", Start);
        Assert.Equal("2026-12-04", await s.VariableAsync("startDate"));
        Assert.Equal(["panlei", "wujing"], s.Assignees);
        Assert.Equal("""["zhangsan"]""", s.Task("wujing").Extensions[PlanExtensions.Cc]);
        await s.CompleteAsync("wujing");
        await s.AssertEndedAtAsync("End_Started");
    }

    [Fact]
    public async Task SecondmentStart_HrRejects()
    {
        var s = await Scenario.StartAsync("secondment-start", "zhengshuang", Start);
        await s.CompleteAsync("panlei", "reject");
        await s.AssertEndedAtAsync("End_Rejected");
    }

    [Fact]
    public void SecondmentStart_WithoutEmployee_IsRejected() =>
        Scenario.AssertRejected("secondment-start", Start.Replace("\"employee\":\"zhangsan\",", ""), "employee");

    static readonly Dictionary<string, JsonObject> Secondments = new()
    {
        ["secondments/WPKS-202612-001"] = new JsonObject { ["destination"] = "石家庄", ["startDate"] = "2026-12-04" },
    };

    const string End = """{"secondment":{"id":"WPKS-202612-001","title":"张三 外派石家庄"},"endDate":"2027-03-31","summary":"完成驻地运维"}""";

    [Fact]
    public async Task SecondmentEnd_ClerkConfirmsThenHr()
    {
        var s = await Scenario.StartAsync("secondment-end", "zhangsan", End, Secondments);
        Assert.Equal("石家庄", await s.VariableAsync("destination"));
        Assert.Equal(["yaoqian", "zhengshuang"], s.Assignees);
        await s.CompleteAsync("yaoqian", json: """{"clerkNote":"已核对返回时间","endDate":"2027-03-30"}""");
        Assert.Equal(["panlei", "wujing"], s.Assignees);
        await s.CompleteAsync("wujing");
        await s.AssertEndedAtAsync("End_Ended");
        Assert.Equal("2027-03-30", await s.VariableAsync("endDate"));
    }

    [Fact]
    public async Task SecondmentEnd_HrRejects()
    {
        var s = await Scenario.StartAsync("secondment-end", "zhangsan", End, Secondments);
        await s.CompleteAsync("zhengshuang");
        await s.CompleteAsync("panlei", "reject");
        await s.AssertEndedAtAsync("End_Rejected");
    }

    [Fact]
    public void SecondmentEnd_WithoutEndDate_IsRejected() =>
        Assert.Equal(["endDate"], Scenario.ValidateStart("secondment-end", End.Replace(",\"endDate\":\"2027-03-31\"", ""), Secondments).Select(e => e.Path));

    const string Cert = """
        {"certName":"信息系统项目管理师","certNo":"2026-1234","issuer":"工业和信息化部","certLevel":"senior","issueDate":"2026-11-20",
         "certScan":[{"id":"f-c1","name":"证书.jpg","size":80000}]}
        """;

    [Fact]
    public async Task CertAllowance_HeadThenHrSetsTheMonthlyAmount()
    {
        var s = await Scenario.StartAsync("cert-allowance", "zhangsan", Cert);
        Assert.Equal(["wanglei"], s.Assignees);
        await s.CompleteAsync("wanglei");
        var errors = await s.TrySubmitAsync("wujing", """{"monthlyAmount":300,"startMonth":"2027/01"}""");
        Assert.Equal(["startMonth"], errors.Select(e => e.Path));
        await s.CompleteAsync("wujing", json: """{"monthlyAmount":300,"startMonth":"2027-01"}""");
        await s.AssertEndedAtAsync("End_Approved");
        Assert.Equal("300", await s.VariableAsync("monthlyAmount"));
    }

    [Fact]
    public async Task CertAllowance_HeadRejects()
    {
        var s = await Scenario.StartAsync("cert-allowance", "zhangsan", Cert);
        await s.CompleteAsync("wanglei", "reject");
        await s.AssertEndedAtAsync("End_HeadRejected");
    }

    [Fact]
    public void CertAllowance_WithoutTheScan_IsRejected() =>
        Scenario.AssertRejected("cert-allowance", Cert.Replace(",\n     \"certScan\":[{\"id\":\"f-c1\",\"name\":\"证书.jpg\",\"size\":80000}]", "").Replace("\"certScan\":[{\"id\":\"f-c1\",\"name\":\"证书.jpg\",\"size\":80000}]", "\"certScan\":[]"),
            "certScan");

    const string Laptop = """{"brand":"联想","model":"ThinkPad T14","cpu":"Intel i7-1360P","ram":"16","os":"windows","agree":true}""";

    [Fact]
    public async Task LaptopAllowance_HeadThenHr()
    {
        var s = await Scenario.StartAsync("laptop-allowance", "zhangsan", Laptop);
        await s.CompleteAsync("wanglei");
        await s.CompleteAsync("panlei", json: """{"startMonth":"2027-01"}""");
        await s.AssertEndedAtAsync("End_Approved");
    }

    [Fact]
    public async Task LaptopAllowance_HrRejects()
    {
        var s = await Scenario.StartAsync("laptop-allowance", "zhangsan", Laptop);
        await s.CompleteAsync("wanglei");
        await s.CompleteAsync("wujing", "reject");
        await s.AssertEndedAtAsync("End_HRRejected");
    }

    [Fact]
    public void LaptopAllowance_WithoutTheUndertaking_IsRejected() =>
        Scenario.AssertRejected("laptop-allowance", Laptop.Replace("\"agree\":true", "\"agree\":false"), "agree");
}
