using System.Net;
using System.Net.Http.Json;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Oa.Host.Tests.Files;
using Oa.Host.Tests.Infrastructure;
using Oa.Host.Tests.Ledgers;

namespace Oa.Host.Tests.Scenarios;

/// <summary>License申请 · 数据处理申请 · 投诉受理 · CA借用 through the public API, down to their ledgers and documents.</summary>
[Collection(ScenarioCollection.Name)]
public sealed class ServiceScenarioTests(ScenarioFactory factory)
{
    [Fact]
    public async Task Licence_IssuedWithTheFile_LandsInTheRegisterWithExpiry_RejectedDoesNot()
    {
        await factory.ReadyAsync();
        var customer = ApiClient.Unique("宁夏生态环境厅");
        object Start() => new { customer, region = "nqgx", system = "provincial", version = "V5.2", licenceType = "formal", expiry = "2027-12-31", fingerprint = "8F2A-11C0", reason = "新部署" };
        var (zhangsan, guohui) = (await factory.ClientAsAsync("zhangsan"), await factory.ClientAsAsync("guohui"));
        var id = (await ScenarioFactory.StartAsync(zhangsan, "Process_License", Start())).GetProperty("id").GetString()!;
        var fileId = await guohui.UploadIdAsync([.. "LICENSE V5.2 8F2A-11C0\n"u8], "license.txt");
        await factory.ActAsync(guohui, id, variables: new { licenceFile = new[] { new { id = fileId, name = "license.txt", size = 23 } }, issueNote = "一年期" });

        Assert.Equal("completed", await factory.StatusAsync(id));
        var row = Assert.Single(await LedgerKit.ListAsync(guohui, "licences", "?q=" + customer));
        Assert.Equal("2027-12-31", row.Field("expiry"));
        Assert.Contains(fileId, row.Field("licenceFile"));
        Assert.Single(await LedgerKit.ListAsync(zhangsan, "licences", "?q=" + customer)); // the applicant sees their licence

        var rejected = (await ScenarioFactory.StartAsync(zhangsan, "Process_License", new { customer = customer + "乙", region = "nqgx", system = "provincial", version = "V5.2", licenceType = "trial", expiry = "2027-01-31", fingerprint = "X", reason = "测试" })).GetProperty("id").GetString()!;
        await factory.ActAsync(guohui, rejected, "reject", comment: "机器码不完整");
        Assert.Empty(await LedgerKit.ListAsync(guohui, "licences", "?q=" + customer + "乙"));
    }

    [Fact]
    public async Task DataFix_UnresolvedGoesBack_ResolvedIsLogged()
    {
        await factory.ReadyAsync();
        var ticket = ApiClient.Unique("FW-");
        var zhangsan = await factory.ClientAsAsync("zhangsan");
        var id = (await ScenarioFactory.StartAsync(zhangsan, "Process_DataFix", new
        {
            customer = "河北省生态环境厅", region = "jjjl", system = "provincial", nationalLevel = false, reason = "merge", description = "两家企业合并", ticketNo = ticket,
        })).GetProperty("id").GetString()!;
        var guohui = await factory.ClientAsAsync("guohui");
        await factory.ActAsync(guohui, id, variables: new { executionNote = "第一次处理" });
        await factory.ActAsync(zhangsan, id, variables: new { verifyResult = "unresolved", verifyNote = "历史数据未合并" });
        Assert.Empty(await LedgerKit.ListAsync(guohui, "data-processing", "?q=" + ticket)); // back to 技术对接组, nothing logged yet

        await factory.ActAsync(guohui, id, variables: new { executionNote = "补合并历史数据" });
        await factory.ActAsync(zhangsan, id, variables: new { verifyResult = "resolved", verifyNote = "客户确认" });
        Assert.Equal("completed", await factory.StatusAsync(id));
        var row = Assert.Single(await LedgerKit.ListAsync(guohui, "data-processing", "?q=" + ticket));
        Assert.Equal(("merge", "jjjl", "补合并历史数据", "resolved"), (row.Field("reason"), row.Field("region"), row.Field("executionNote"), row.Field("verifyResult")));
    }

    private static object Complaint(string customer) => new
    {
        channel = "hotline", receivedOn = "2026-12-07", customerName = customer, contactPerson = "李工", contactPhone = "13800138000",
        product = "企业端自动监控系统", region = "jjjl", complaintType = "timeliness", description = "数据异常<b>报修</b>三天无人处理",
    };

    [Fact]
    public async Task Complaint_Closed_WritesTheRegisterWithTheTrackingNumber_AndAttachesTheOpinionLetter()
    {
        await factory.ReadyAsync();
        var customer = ApiClient.Unique("石家庄热电厂");
        var linxue = await factory.ClientAsAsync("linxue");
        var started = await ScenarioFactory.StartAsync(linxue, "Process_Complaint", Complaint(customer));
        var (id, no) = (started.GetProperty("id").GetString()!, started.GetProperty("serialNo").GetString()!);
        Assert.Matches("^2612[0-9]{4}$", no); // 8 digits: yyMM + sequence
        var (zhoumin, guohui) = (await factory.ClientAsAsync("zhoumin"), await factory.ClientAsAsync("guohui"));
        await factory.ActAsync(zhoumin, id, variables: new { handler = "guohui", acceptNote = "已受理" });
        await factory.ActAsync(guohui, id, variables: new { cause = "implementation", investigation = "驻地人员休假未交接" });
        await factory.ActAsync(guohui, id, variables: new { solutionType = "compensate", compensation = 1200, solution = "补派人员并延长服务一个月" });
        await factory.ActAsync(zhoumin, id, variables: new { satisfied = "yes", closeNote = "客户认可" });

        Assert.Equal("completed", await factory.StatusAsync(id));
        var row = Assert.Single(await LedgerKit.ListAsync(linxue, "complaints", "?q=" + customer));
        Assert.Equal((no, "closed", "implementation"), (row.Field("complaintNo"), row.Field("status"), row.Field("cause")));

        var file = await factory.DbAsync(db => db.Files.SingleAsync(f => f.InstanceId == id && f.Name.StartsWith("投诉处理意见书")));
        Assert.Equal($"投诉处理意见书-{no}.html", file.Name);
        var letter = await linxue.GetAsync($"/api/files/{file.Id}");
        Assert.Equal(HttpStatusCode.OK, letter.StatusCode);
        var html = Encoding.UTF8.GetString(await letter.Content.ReadAsByteArrayAsync());
        Assert.Contains("投诉处理意见书", html);
        Assert.Contains(customer, html);
        Assert.Contains("壹仟贰佰元整", html); // 补偿金额 in 大写
        Assert.Contains("&lt;b&gt;报修&lt;/b&gt;", html); // what the customer said is text, not markup
        Assert.Equal(file.Id, (await factory.VariablesAsync(id))["opinionDocument"][0].GetProperty("id").GetString());
    }

    [Fact]
    public async Task Complaint_NotAccepted_WritesNothing_AndOnlyQualityOrServiceStaffMayRegister()
    {
        await factory.ReadyAsync();
        var customer = ApiClient.Unique("某水厂");
        var linxue = await factory.ClientAsAsync("linxue");
        var id = (await ScenarioFactory.StartAsync(linxue, "Process_Complaint", Complaint(customer))).GetProperty("id").GetString()!;
        await factory.ActAsync(await factory.ClientAsAsync("zhoumin"), id, "reject", comment: "不属于我司产品");
        Assert.Equal("rejected", await factory.StatusAsync(id));
        Assert.Empty(await LedgerKit.ListAsync(linxue, "complaints", "?q=" + customer));
        Assert.False(await factory.DbAsync(db => db.Files.AnyAsync(f => f.InstanceId == id)));

        var zhangsan = await factory.ClientAsAsync("zhangsan");
        var refused = await zhangsan.PostAsJsonAsync("/api/processes/Process_Complaint/instances", new { variables = Complaint(customer) });
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        await ScenarioFactory.StartAsync(await factory.ClientAsAsync("chenjing"), "Process_Complaint", Complaint(customer)); // 服务管理组
    }

    private async Task<long> CertificateAsync(string serial)
    {
        var panlei = await factory.ClientAsAsync("panlei"); // 行政
        var row = await LedgerKit.CreateAsync(panlei, "ca-certificates", new
        {
            certType = "ca", caName = "陕西CA（投标用）", holder = "西安示例软件有限公司", issuer = "陕西CA", caSerial = serial, expiresOn = "2027-06-30",
            custodian = "panlei", loanState = "in",
        });
        return row.GetProperty("id").GetInt64();
    }

    [Fact]
    public async Task CaLoan_HandedOverIsOut_ReturnedIsBackInWithTheLoanHistory()
    {
        await factory.ReadyAsync();
        var serial = ApiClient.Unique("CA");
        var ca = await CertificateAsync(serial);
        var zhangsan = await factory.ClientAsAsync("zhangsan");
        var id = (await ScenarioFactory.StartAsync(zhangsan, "Process_CaLoan", new
        {
            ca = new { id = ca, title = serial }, project = "河北省平台运维项目投标", purpose = "网上投标签章", borrowDate = "2026-12-07", dueDate = "2026-12-10",
        })).GetProperty("id").GetString()!;
        var panlei = await factory.ClientAsAsync("panlei");
        await factory.ActAsync(panlei, id); // 行政审批
        await factory.ActAsync(panlei, id, variables: new { handoverDate = "2026-12-07" }); // 发放CA → 借出
        async Task<System.Text.Json.JsonElement> Record() => await (await panlei.GetAsync($"/api/ledgers/ca-certificates/records/{ca}")).JsonAsync();
        var lent = await Record();
        Assert.Equal(("out", "张三", "2026-12-10"), (lent.Field("loanState"), lent.Field("borrower"), lent.Field("loanDue")));

        await factory.ActAsync(panlei, id, variables: new { returnDate = "2026-12-09", returnState = "ok" }); // 归还确认
        Assert.Equal("completed", await factory.StatusAsync(id));
        var back = await Record();
        Assert.Equal("in", back.Field("loanState"));
        var loan = back.GetProperty("fields").GetProperty("loans").EnumerateArray().Single();
        Assert.Equal(("张三", "2026-12-07", "2026-12-09", "ok", id),
            (loan.GetProperty("borrower").GetString(), loan.GetProperty("issuedOn").GetString(), loan.GetProperty("returnedOn").GetString(),
             loan.GetProperty("returnState").GetString(), loan.GetProperty("request").GetString()));
    }

    [Fact]
    public async Task CaLoan_Rejected_LeavesTheCertificateInStock()
    {
        await factory.ReadyAsync();
        var serial = ApiClient.Unique("CA");
        var ca = await CertificateAsync(serial);
        var id = (await ScenarioFactory.StartAsync(await factory.ClientAsAsync("lisi"), "Process_CaLoan", new
        {
            ca = new { id = ca, title = serial }, project = "投标", purpose = "签章", borrowDate = "2026-12-07", dueDate = "2026-12-10",
        })).GetProperty("id").GetString()!;
        var panlei = await factory.ClientAsAsync("panlei");
        await factory.ActAsync(panlei, id, "reject", comment: "本周已借出");
        Assert.Equal("rejected", await factory.StatusAsync(id));
        var record = await (await panlei.GetAsync($"/api/ledgers/ca-certificates/records/{ca}")).JsonAsync();
        Assert.Equal("in", record.Field("loanState"));
        Assert.False(record.GetProperty("fields").TryGetProperty("loans", out var loans) && loans.GetArrayLength() > 0);
    }
}
