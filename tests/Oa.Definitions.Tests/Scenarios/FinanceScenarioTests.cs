using System.Text.Json.Nodes;
using Oa.Definitions.Tests.Support;

namespace Oa.Definitions.Tests.Scenarios;

// 出差申请 · 差旅报销 · 销售合同评审 (seed 000 §9–10, 003 §3.1.3).
public class FinanceScenarioTests
{
    static string Travel(decimal transport, decimal lodging) => $$"""
        {"destination":"石家庄","transport":"train","startDate":"2026-12-10","endDate":"2026-12-12","days":3,"purpose":"省平台验收",
         "budget":[{"category":"transport","amount":{{transport}}},{"category":"lodging","amount":{{lodging}},"note":"2 晚"}]}
        """;

    [Fact]
    public async Task TravelRequest_WithinBudget_RegionalManagerApproves()
    {
        var s = await Scenario.StartAsync("travel-request", "zhangsan", Travel(800, 1200));
        Assert.Equal("2000", await s.VariableAsync("budgetTotal"));
        Assert.Equal(["wanglei"], s.Assignees);
        await s.CompleteAsync("wanglei");
        await s.AssertEndedAtAsync("End_Approved");
        Assert.False(s.Reached("Task_Leader"));
    }

    [Fact]
    public async Task TravelRequest_OverFiveThousand_AlsoNeedsTheLeader()
    {
        var s = await Scenario.StartAsync("travel-request", "zhangsan", Travel(2800, 3200));
        await s.CompleteAsync("wanglei");
        Assert.Equal(["sunli"], s.Assignees);
        await s.CompleteAsync("sunli");
        await s.AssertEndedAtAsync("End_Approved");
    }

    [Fact]
    public void TravelRequest_NegativeBudgetLine_IsRejectedOnTheRow() =>
        Scenario.AssertRejected("travel-request", Travel(-1, 1200), "budget[0].amount");

    static readonly Dictionary<string, JsonObject> TravelLedger = new()
    {
        ["travel-requests/CCSQ-202612-0001"] = new JsonObject { ["destination"] = "石家庄", ["startDate"] = "2026-12-10", ["endDate"] = "2026-12-12" },
    };

    static string Expense(decimal train, decimal hotel, bool over = false, string? reason = null) => $$"""
        {"travelRequest":{"id":"CCSQ-202612-0001","title":"张三 出差石家庄"},"destination":"（由出差申请带出）","startDate":"2026-12-01","endDate":"2026-12-01",
         "purpose":"省平台验收差旅",
         "items":[{"date":"2026-12-10","from":"西安","to":"石家庄","category":"transport","amount":{{train}},"invoices":1,"overStandard":false},
                  {"date":"2026-12-12","from":"石家庄","to":"石家庄","category":"lodging","amount":{{hotel}},"invoices":1,"overStandard":{{(over ? "true" : "false")}}}],
         "totalAmount":{{train + hotel}},{{(reason is null ? "" : $"\"overStandardReason\":\"{reason}\",")}}
         "invoicesScan":[{"id":"f-1","name":"车票.pdf","size":20480}]}
        """;

    [Fact]
    public async Task TravelExpense_SmallClaim_HeadFinanceCashier()
    {
        var s = await Scenario.StartAsync("travel-expense", "zhangsan", Expense(560, 700), TravelLedger);
        Assert.Equal("石家庄", await s.VariableAsync("destination"));
        Assert.Equal("1260", await s.VariableAsync("total"));
        await s.CompleteAsync("wanglei");
        Assert.Equal(["qianhua", "sunyue"], s.Assignees);
        await s.CompleteAsync("sunyue", json: """{"approvedAmount":1260}""");
        Assert.Equal(["duli"], s.Assignees);
        await s.CompleteAsync("duli", json: """{"paidDate":"2026-12-15","payMethod":"transfer"}""");
        await s.AssertEndedAtAsync("End_Paid");
        Assert.Equal("transfer", await s.VariableAsync("payMethod"));
    }

    [Fact]
    public async Task TravelExpense_OverThreshold_LeaderThenFinanceRejects()
    {
        var s = await Scenario.StartAsync("travel-expense", "zhangsan", Expense(2600, 3000, over: true, reason: "会期酒店统一安排"), TravelLedger);
        await s.CompleteAsync("wanglei");
        Assert.Equal(["sunli"], s.Assignees);
        await s.CompleteAsync("sunli");
        await s.CompleteAsync("qianhua", "reject");
        await s.AssertEndedAtAsync("End_FinanceRejected");
        Assert.False(s.Reached("Task_Cashier"));
    }

    [Fact]
    public async Task TravelExpense_UnderstatedTotal_StillRoutesOnTheLineSum()
    {
        var s = await Scenario.StartAsync("travel-expense", "zhangsan", Expense(2600, 3000).Replace("\"totalAmount\":5600", "\"totalAmount\":4000"), TravelLedger);
        await s.CompleteAsync("wanglei");
        Assert.Equal(["sunli"], s.Assignees);
    }

    [Fact]
    public async Task TravelExpense_FinanceCannotPayInsteadOfTheCashier()
    {
        var s = await Scenario.StartAsync("travel-expense", "zhangsan", Expense(560, 700), TravelLedger);
        await s.CompleteAsync("wanglei");
        var errors = await s.TrySubmitAsync("qianhua", """{"approvedAmount":1260,"paidDate":"2026-12-15"}""");
        Assert.Contains(errors, e => e.Path == "paidDate");
    }

    [Fact]
    public void TravelExpense_OverStandardLineWithoutExplanation_IsRejected()
    {
        var errors = Scenario.ValidateStart("travel-expense", Expense(560, 900, over: true), TravelLedger);
        Assert.Equal(["overStandardReason"], errors.Select(e => e.Path));
    }

    static string Contract(bool template, string type = "software") => $$"""
        {"contractNo":"XS-2026-118","contractName":"自动监控系统运维服务合同","customerName":"河北省生态环境厅","customerCode":"C-0131",
         "province":"河北","city":"石家庄","contact":"王主任","contractType":"{{type}}","isTemplate":{{(template ? "true" : "false")}},
         "amount":120000,"signDate":"2026-12-05","termStart":"2027-01-01","termEnd":"2027-12-31",
         "products":[{"productName":"污染源自动监控系统","spec":"V5.0","quantity":1,"price":120000}],
         "paymentTerms":[{"node":"签订","condition":"合同签订后 15 日内","amount":60000,"dueDate":"2026-12-20"},
                         {"node":"验收","condition":"验收合格后","amount":60000,"dueDate":"2027-12-31"}],
         "contractFile":[{"id":"f-9","name":"合同.pdf","size":300000}]}
        """;

    [Fact]
    public async Task SalesContract_NonTemplate_OfflineReviewLegalDirectorFinance()
    {
        var s = await Scenario.StartAsync("sales-contract", "wangfang", Contract(template: false));
        Assert.Equal("120000", await s.VariableAsync("paymentTotal"));
        Assert.Equal(["yaoqian", "zhengshuang"], s.Assignees);
        await s.CompleteAsync("zhengshuang", json: """{"offlineReview":[{"id":"f-10","name":"评审记录.pdf","size":1000}],"offlineReviewNote":"条款已按模板修订"}""");
        Assert.Equal(["zhenghao"], s.Assignees);
        await s.CompleteAsync("zhenghao");
        Assert.Equal(["lichao"], s.Assignees);
        await s.CompleteAsync("lichao");
        Assert.Equal(["qianhua", "sunyue"], s.Assignees);
        await s.CompleteAsync("qianhua", json: """{"financeNote":"纸质合同已收，收款计划两期"}""");
        await s.AssertEndedAtAsync("End_Approved");
        Assert.False(s.Reached("Call_Project"));
        // Approved: the contract and its receivable plan go to the contract ledger, keyed by 合同编号.
        var write = Assert.Single(s.LedgerWrites.Writes);
        Assert.Equal(("Task_WriteLedger", "contracts"), (write.ElementId, write.Headers["ledger"]));
        Assert.Equal("XS-2026-118", write.Variables["contractNo"].GetString());
        Assert.Equal(2, write.Variables["paymentTerms"].GetArrayLength());
        Assert.Equal("1", await s.VariableAsync("ledgerRecordId"));
    }

    [Fact]
    public async Task SalesContract_Template_SkipsOfflineReview_DirectorRejects()
    {
        var s = await Scenario.StartAsync("sales-contract", "wangfang", Contract(template: true, type: "training"));
        Assert.Equal("true", await s.VariableAsync("needsProject"));
        Assert.Equal(["zhenghao"], s.Assignees);
        await s.CompleteAsync("zhenghao");
        await s.CompleteAsync("lichao", "reject");
        await s.AssertEndedAtAsync("End_DirectorRejected");
        Assert.False(s.Reached("Task_Offline"));
        Assert.Empty(s.LedgerWrites.Writes); // a rejected contract never reaches the ledger
    }

    [Fact]
    public async Task SalesContract_VirtualContract_NeedsNoFileAndNoOfflineReview()
    {
        var json = Contract(template: false).Replace("\"isTemplate\":false", "\"noContract\":true")
            .Replace("\"contractFile\":[{\"id\":\"f-9\",\"name\":\"合同.pdf\",\"size\":300000}]", "\"contractFile\":[]");
        var s = await Scenario.StartAsync("sales-contract", "wangfang", json);
        Assert.Equal(["zhenghao"], s.Assignees);
        Assert.Null(await s.VariableAsync("contractFile"));
        Assert.False(s.Reached("Task_Offline"));
    }

    [Fact]
    public async Task SalesContract_IntegrationProject_CallsTheProjectInitiation_FinanceReviewsTheBudget()
    {
        var s = await Scenario.StartAsync("sales-contract", "wangfang", Contract(template: true, type: "integration"));
        await s.CompleteAsync("zhenghao");
        await s.CompleteAsync("lichao");
        await s.CompleteAsync("qianhua");
        Assert.Equal(["wangfang"], s.Assignees);
        var budget = s.Task("wangfang");
        Assert.Equal(("Task_Budget", "oa-project-initiation"), (budget.ElementId, budget.FormId));
        Assert.NotEqual(s.InstanceId, budget.InstanceId);
        await s.CompleteAsync("wangfang", json: """
            {"projectName":"河北平台集成","projectManager":"wangfang",
             "projectBudget":[{"item":"服务器","category":"purchase","amount":30000},{"item":"实施差旅","category":"travel","amount":8000}]}
            """);
        await s.CompleteAsync("sunyue", json: """{"financeNote":"预算合理"}""");
        await s.AssertEndedAtAsync("End_Approved");
        Assert.True(s.Reached("Call_Project"));
        Assert.Single(s.LedgerWrites.Writes);
        Assert.Equal("approve", await s.VariableAsync("projectOutcome"));
        Assert.Equal("38000", await s.VariableAsync("projectBudgetTotal"));
    }

    [Fact]
    public async Task ProjectInitiation_StartedOnItsOwn_FinanceRejectsTheBudget()
    {
        var s = await Scenario.StartAsync("project-initiation", "wangfang",
            """{"contractNo":"XS-2026-120","customerName":"某化工园区","contractType":"inspection","projectBudget":[{"item":"巡检差旅","category":"travel","amount":12000}]}""");
        Assert.Equal("12000", await s.VariableAsync("budgetTotal"));
        Assert.Equal(["wangfang"], s.Assignees);
        await s.CompleteAsync("wangfang", json: """{"projectBudget":[{"item":"巡检差旅","category":"travel","amount":12000}],"projectManager":"wangfang"}""");
        await s.CompleteAsync("qianhua", "reject");
        await s.AssertEndedAtAsync("End_Rejected");
    }

    [Fact]
    public void ProjectInitiation_BudgetLineWithoutAmount_IsRejectedOnTheRow() =>
        Scenario.AssertRejected("project-initiation",
            """{"contractNo":"XS-2026-120","customerName":"某化工园区","contractType":"inspection","projectBudget":[{"item":"巡检差旅","category":"travel"}]}""",
            "projectBudget[0].amount");

    [Fact]
    public void SalesContract_MissingAmountAndEmptyPaymentAmount_AreRejected() =>
        Scenario.AssertRejected("sales-contract",
            Contract(template: true).Replace("\"amount\":120000,", "").Replace("\"amount\":60000,\"dueDate\":\"2026-12-20\"", "\"amount\":0,\"dueDate\":\"2026-12-20\""),
            "amount", "paymentTerms[0].amount");
}
