using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Oa.Host.Tests.Files;
using Oa.Host.Tests.Infrastructure;
using Oa.Host.Tests.Ledgers;
using Oa.Host.Tests.Workflow;

namespace Oa.Host.Tests.Scenarios;

/// <summary>
/// 销售合同评审 (seed 000 §10, 003 §3.1.3.1): 王芳 (销售) submits; non-template contracts go to 内勤 (郑爽/姚倩) for the
/// offline review first; then 法务 郑浩 → 销售总监 李超 → 财务 钱华/孙悦; training/risk/inspection/integration projects call
/// 费用立项 (the salesperson fills the budget, finance reviews it); the approved contract and its receivable plan land in
/// the contract ledger.
/// </summary>
[Collection(ScenarioCollection.Name)]
public sealed class SalesContractScenarioTests(ScenarioFactory factory)
{
    private async Task<object> ContractAsync(string contractNo, string type, bool isTemplate) => new
    {
        contractNo, contractName = "自动监控系统运维服务合同", customerName = "河北省生态环境厅" + contractNo[^4..], contractType = type, isTemplate, noContract = false,
        amount = 120000, signDate = "2026-12-07", termStart = "2027-01-01", termEnd = "2027-12-31",
        products = new object[] { new { productName = "企业端自动监控系统", quantity = 1, price = 120000 } },
        paymentTerms = new object[]
        {
            new { node = "签订", condition = "合同签订后 10 日内", amount = 60000, dueDate = "2026-12-31" },
            new { node = "验收", condition = "验收合格后", amount = 60000, dueDate = "2027-06-30" },
        },
        contractFile = new[] { new { id = await (await factory.ClientAsAsync("wangfang")).UploadIdAsync(FileUploads.Pdf, "合同.pdf"), name = "合同.pdf", size = FileUploads.Pdf.Length } },
    };

    [Fact]
    public async Task TemplateContract_SkipsTheOfflineReview_LegalDirectorFinance_ThenTheContractAndItsPlanAreInTheLedger()
    {
        await factory.ReadyAsync();
        var no = ApiClient.Unique("XS-");
        var wangfang = await factory.ClientAsAsync("wangfang");
        var started = await ScenarioFactory.StartAsync(wangfang, "Process_SalesContract", await ContractAsync(no, "maintenance", isTemplate: true));
        var id = started.GetProperty("id").GetString()!;
        Assert.StartsWith("HTPS-2026-", started.GetProperty("serialNo").GetString());
        Assert.Null(await (await factory.ClientAsAsync("zhengshuang")).TodoTaskAsync(id)); // 模板合同: no 内勤 offline review

        await factory.ActAsync(await factory.ClientAsAsync("zhenghao"), id); // 法务
        Assert.Empty(await LedgerKit.ListAsync(wangfang, "contracts", "?q=" + no));
        await factory.ActAsync(await factory.ClientAsAsync("lichao"), id); // 销售总监
        await factory.ActAsync(await factory.ClientAsAsync("sunyue"), id, variables: new { financeNote = "纸质合同已收" }); // 财务 (either of the two)

        Assert.Equal("completed", await factory.StatusAsync(id));
        var row = Assert.Single(await LedgerKit.ListAsync(wangfang, "contracts", "?q=" + no)); // the salesperson owns it
        Assert.Equal(("wangfang", "120000", "maintenance", "2027-12-31"), (row.GetProperty("owner").GetString(), row.Field("amount"), row.Field("contractType"), row.Field("termEnd")));
        var plan = row.GetProperty("contract").GetProperty("plan").EnumerateArray().ToList();
        Assert.Equal(["签订", "验收"], plan.Select(p => p.GetProperty("node").GetString()));
        Assert.Equal(120000m, row.GetProperty("contract").GetProperty("outstanding").GetDecimal());
        Assert.False((await factory.VariablesAsync(id)).ContainsKey("projectOutcome")); // 运维 needs no 立项
    }

    [Fact]
    public async Task NonTemplateTrainingContract_OfflineReviewFirst_ThenCallsProjectInitiation_WhoseBudgetFinanceApproves()
    {
        await factory.ReadyAsync();
        var no = ApiClient.Unique("PX-");
        var wangfang = await factory.ClientAsAsync("wangfang");
        var id = (await ScenarioFactory.StartAsync(wangfang, "Process_SalesContract", await ContractAsync(no, "training", isTemplate: false))).GetProperty("id").GetString()!;
        Assert.Null(await (await factory.ClientAsAsync("zhenghao")).TodoTaskAsync(id)); // legal waits for the offline review

        var yaoqian = await factory.ClientAsAsync("yaoqian");
        var review = await yaoqian.UploadIdAsync(FileUploads.Pdf, "线下评审意见.pdf");
        await factory.ActAsync(yaoqian, id, variables: new
        {
            offlineReview = new[] { new { id = review, name = "线下评审意见.pdf", size = FileUploads.Pdf.Length } }, offlineReviewNote = "违约条款已改为我司模板",
        });
        await factory.ActAsync(await factory.ClientAsAsync("zhenghao"), id);
        await factory.ActAsync(await factory.ClientAsAsync("lichao"), id);
        await factory.ActAsync(await factory.ClientAsAsync("qianhua"), id);

        // 企业培训 → 费用立项 runs as a child request of the salesperson: fill the budget, finance reviews it
        var child = await factory.DbAsync(db => db.ProcessInstances.SingleAsync(i => i.ParentInstanceId == id));
        Assert.Equal(("Process_ProjectInitiation", "wangfang"), (child.ProcessKey, child.Initiator));
        Assert.Empty(await LedgerKit.ListAsync(wangfang, "contracts", "?q=" + no));
        await factory.ActAsync(wangfang, child.Id, variables: new
        {
            projectName = "企业环保培训", projectBudget = new object[]
            {
                new { item = "讲师差旅", category = "travel", amount = 6000 }, new { item = "教材印刷", category = "purchase", amount = 2000 },
            },
        });
        await factory.ActAsync(await factory.ClientAsAsync("sunyue"), child.Id, variables: new { financeNote = "预算合理" });

        Assert.Equal(("completed", "completed"), (await factory.StatusAsync(child.Id), await factory.StatusAsync(id)));
        var variables = await factory.VariablesAsync(id);
        Assert.Equal(("approve", 8000m), (variables["projectOutcome"].GetString(), variables["projectBudgetTotal"].GetDecimal()));
        var row = Assert.Single(await LedgerKit.ListAsync(wangfang, "contracts", "?q=" + no));
        Assert.Equal("training", row.Field("contractType"));
    }

    [Fact]
    public async Task LegalRejects_NothingReachesTheLedger_AndTheSalespersonIsNotified()
    {
        await factory.ReadyAsync();
        var no = ApiClient.Unique("XS-");
        var liuqiang = await factory.ClientAsAsync("liuqiang");
        var id = (await ScenarioFactory.StartAsync(liuqiang, "Process_SalesContract", await ContractAsync(no, "software", isTemplate: true))).GetProperty("id").GetString()!;
        await factory.ActAsync(await factory.ClientAsAsync("zhenghao"), id, "reject", comment: "付款条件不符合公司规定");

        Assert.Equal("rejected", await factory.StatusAsync(id));
        Assert.Null(await (await factory.ClientAsAsync("lichao")).TodoTaskAsync(id));
        Assert.Empty(await LedgerKit.ListAsync(await factory.ClientAsAsync("qianhua"), "contracts", "?q=" + no));
        Assert.True(await factory.DbAsync(db => db.Notifications.AnyAsync(n => n.UserName == "liuqiang" && n.InstanceId == id && n.Event == "rejected")));
    }

    [Fact]
    public async Task ProjectInitiation_StartedOnItsOwn_TheApplicantFillsTheBudget_FinanceRejectsIt()
    {
        await factory.ReadyAsync();
        var wangfang = await factory.ClientAsAsync("wangfang");
        var id = (await ScenarioFactory.StartAsync(wangfang, "Process_ProjectInitiation", new
        {
            contractNo = ApiClient.Unique("FK-"), customerName = "陕西某化工企业", contractType = "risk",
        })).GetProperty("id").GetString()!;
        await factory.ActAsync(wangfang, id, variables: new
        {
            projectName = "环境风险评估", projectBudget = new object[] { new { item = "外聘专家", category = "outsourcing", amount = 30000 } },
        });
        Assert.Equal(30000m, (await factory.VariablesAsync(id))["budgetTotal"].GetDecimal());
        await factory.ActAsync(await factory.ClientAsAsync("qianhua"), id, "reject", comment: "外聘费用超过合同额的 30%");
        Assert.Equal("rejected", await factory.StatusAsync(id));
    }
}
