using System.Net;
using System.Text.Json;
using Oa.Host.Tests.Files;
using Oa.Host.Tests.Infrastructure;
using Oa.Host.Tests.Ledgers;
using Oa.Host.Tests.Workflow;

namespace Oa.Host.Tests.Scenarios;

/// <summary>
/// CA备案 · 资质借用 (合同原件 内勤, 社保证明 社保专员, 营业执照原件 行政; seed 000 §18) · 客户档案借阅, through the public API
/// down to the registers they write.
/// </summary>
[Collection(ScenarioCollection.Name)]
public sealed class AdminScenarioTests(ScenarioFactory factory)
{
    private static object Registration(string serial, string action = "new") => new
    {
        action, caName = "陕西CA（投标用）", holder = "西安示例软件有限公司", issuer = "陕西CA", caSerial = serial, validFrom = "2026-12-01", expiresOn = "2028-11-30",
        custodian = "zhengshuang", location = "行政柜 2 层",
    };

    [Fact]
    public async Task CaRegistration_AdminApproves_TheCertificateIsInTheRegisterInStock_RenewalUpdatesTheSameRow_RejectedWritesNothing()
    {
        await factory.ReadyAsync();
        var serial = ApiClient.Unique("SN");
        var (zhangsan, panlei) = (await factory.ClientAsAsync("zhangsan"), await factory.ClientAsAsync("panlei"));
        var id = (await ScenarioFactory.StartAsync(zhangsan, "Process_CaRegistration", Registration(serial))).GetProperty("id").GetString()!;
        await factory.ActAsync(panlei, id, variables: new { custodian = "panlei", location = "行政保险柜" }); // 行政 corrects the custody

        Assert.Equal("completed", await factory.StatusAsync(id));
        var row = Assert.Single(await LedgerKit.ListAsync(panlei, "ca-certificates", "?q=" + serial));
        Assert.Equal(("ca", "in", "panlei", "行政保险柜", "2028-11-30"), (row.Field("certType"), row.Field("loanState"), row.Field("custodian"), row.Field("location"), row.Field("expiresOn")));
        Assert.Single(await LedgerKit.ListAsync(zhangsan, "ca-certificates", "?q=" + serial)); // everyone may pick it for a CA借用

        var renewal = (await ScenarioFactory.StartAsync(zhangsan, "Process_CaRegistration", With(Registration(serial, "renew"), "expiresOn", "2030-11-30"))).GetProperty("id").GetString()!;
        await factory.ActAsync(panlei, renewal);
        var renewed = Assert.Single(await LedgerKit.ListAsync(panlei, "ca-certificates", "?q=" + serial));
        Assert.Equal((row.GetProperty("id").GetInt64(), "2030-11-30"), (renewed.GetProperty("id").GetInt64(), renewed.Field("expiresOn")));

        var other = ApiClient.Unique("SN");
        var rejected = (await ScenarioFactory.StartAsync(zhangsan, "Process_CaRegistration", Registration(other))).GetProperty("id").GetString()!;
        await factory.ActAsync(panlei, rejected, "reject", comment: "序列号与证书不符");
        Assert.Equal("rejected", await factory.StatusAsync(rejected));
        Assert.Empty(await LedgerKit.ListAsync(panlei, "ca-certificates", "?q=" + other));
    }

    private static Dictionary<string, object?> With(object value, string key, object? replacement)
    {
        var map = JsonSerializer.Deserialize<Dictionary<string, object?>>(JsonSerializer.Serialize(value))!;
        map[key] = replacement;
        return map;
    }

    private static object Loan(string kind, string itemName) => new
    {
        kind, itemName, project = "河北省平台运维项目投标", purpose = "投标文件需附原件扫描并现场核验", needDate = "2026-12-08", dueDate = kind == "social" ? null : "2026-12-11",
    };

    private async Task<JsonElement> RegisterRowAsync(string itemName) =>
        Assert.Single(await LedgerKit.ListAsync(await factory.ClientAsAsync("panlei"), "qualification-loans", "?q=" + itemName));

    [Fact]
    public async Task ContractOriginal_ClerkIssues_KeeperConfirmsTheReturn_TheRegisterRowFollows()
    {
        await factory.ReadyAsync();
        var item = ApiClient.Unique("合同原件XS-");
        var lisi = await factory.ClientAsAsync("lisi");
        var id = (await ScenarioFactory.StartAsync(lisi, "Process_QualificationLoan", Loan("contract", item))).GetProperty("id").GetString()!;
        Assert.Null(await (await factory.ClientAsAsync("panlei")).TodoTaskAsync(id)); // 合同原件 is the 内勤's, not 行政's
        var zhengshuang = await factory.ClientAsAsync("zhengshuang");
        await factory.ActAsync(zhengshuang, id, variables: new { keeper = "zhengshuang", issuedDate = "2026-12-08", issueNote = "原件一份" });

        var lent = await RegisterRowAsync(item);
        Assert.Equal(("lisi", "contract", id, "zhengshuang", "2026-12-11"), (lent.GetProperty("owner").GetString(), lent.Field("kind"), lent.Field("loanNo"), lent.Field("keeper"), lent.Field("dueDate")));
        Assert.False(lent.GetProperty("fields").TryGetProperty("returnDate", out _));
        Assert.Single(await LedgerKit.ListAsync(lisi, "qualification-loans", "?q=" + item)); // the borrower sees their loan

        await factory.ActAsync(zhengshuang, id, variables: new { returnDate = "2026-12-10", returnState = "ok" }); // 归还确认 by the keeper
        Assert.Equal("completed", await factory.StatusAsync(id));
        var back = await RegisterRowAsync(item);
        Assert.Equal((lent.GetProperty("id").GetInt64(), "2026-12-10", "ok"), (back.GetProperty("id").GetInt64(), back.Field("returnDate"), back.Field("returnState")));
    }

    [Fact]
    public async Task SocialInsuranceCertificate_IsIssuedWithNothingToReturn_LicenceRefusedByAdminWritesNothing()
    {
        await factory.ReadyAsync();
        var item = ApiClient.Unique("社保缴纳证明");
        var wangwu = await factory.ClientAsAsync("wangwu");
        var id = (await ScenarioFactory.StartAsync(wangwu, "Process_QualificationLoan", Loan("social", item))).GetProperty("id").GetString()!;
        await factory.ActAsync(await factory.ClientAsAsync("jiangtao"), id, variables: new { issuedDate = "2026-12-08" }); // 社保专员
        Assert.Equal("completed", await factory.StatusAsync(id)); // no 归还确认
        Assert.Equal(("social", "2026-12-08"), ((await RegisterRowAsync(item)).Field("kind"), (await RegisterRowAsync(item)).Field("issuedDate")));

        var licence = ApiClient.Unique("营业执照原件");
        var refused = (await ScenarioFactory.StartAsync(wangwu, "Process_QualificationLoan", Loan("licence", licence))).GetProperty("id").GetString()!;
        await factory.ActAsync(await factory.ClientAsAsync("panlei"), refused, "reject", comment: "请使用扫描件");
        Assert.Equal("rejected", await factory.StatusAsync(refused));
        Assert.Empty(await LedgerKit.ListAsync(await factory.ClientAsAsync("panlei"), "qualification-loans", "?q=" + licence));
    }

    [Fact]
    public async Task ArchiveLoan_MarketingPicksTheArchiveAndApproves_TheLoanIsWrittenForTheBorrower_RejectedIsNot()
    {
        await factory.ReadyAsync();
        var name = ApiClient.Unique("唐山钢铁");
        var heli = await factory.ClientAsAsync("heli"); // 营销管理
        var customer = await LedgerKit.CreateAsync(heli, "customers", new { customerName = name, contact = "赵工" });
        var pick = new { id = customer.GetProperty("id").GetInt64(), title = customer.GetProperty("title").GetString() };
        object Request(string purpose) => new { customerName = name, loanStart = "2026-12-07", loanEnd = "2026-12-31", purpose };
        var liuqiang = await factory.ClientAsAsync("liuqiang");
        var id = (await ScenarioFactory.StartAsync(liuqiang, "Process_ArchiveLoan", Request("续签报价参考"))).GetProperty("id").GetString()!;
        // 营销管理 must pick the archive before approving: without it there is nothing to lend (and the ledger write would fail).
        var unpicked = await heli.ActAsync((await heli.TodoTaskAsync(id))!, "approve", new { variables = new { loanEnd = "2026-12-31" }, comment = "同意" });
        Assert.Equal(HttpStatusCode.BadRequest, unpicked.StatusCode);
        Assert.Contains("customer", await unpicked.Content.ReadAsStringAsync());
        Assert.Equal("running", await factory.StatusAsync(id));
        await factory.ActAsync(heli, id, variables: new { customer = pick, loanEnd = "2026-12-31" }); // 借阅截止 is editable here: the form sends it back

        Assert.Equal("completed", await factory.StatusAsync(id));
        var loan = Assert.Single(await LedgerKit.ListAsync(liuqiang, "archive-loans", "?q=" + name));
        Assert.Equal(("liuqiang", "2026-12-31"), (loan.GetProperty("owner").GetString(), loan.Field("loanEnd")));

        var refused = (await ScenarioFactory.StartAsync(await factory.ClientAsAsync("wangfang"), "Process_ArchiveLoan", Request("了解竞品"))).GetProperty("id").GetString()!;
        // The browser posts the form with the decision; the archive not picked does not stand in the way of a rejection.
        await factory.ActAsync(heli, refused, "reject", variables: new { loanEnd = "2026-12-20" }, comment: "用途不充分");
        Assert.Equal("rejected", await factory.StatusAsync(refused));
        Assert.Single(await LedgerKit.ListAsync(heli, "archive-loans", "?q=" + name));
    }
}
