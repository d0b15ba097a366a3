using Oa.Host.Tests.Files;
using Oa.Host.Tests.Infrastructure;
using Oa.Host.Tests.Ledgers;

namespace Oa.Host.Tests.Scenarios;

/// <summary>出差申请 → 出差申请登记, picked by 差旅报销 → 费用报销台账; the print view uses the 差旅报销 template.</summary>
[Collection(ScenarioCollection.Name)]
public sealed class TravelScenarioTests(ScenarioFactory factory)
{
    private async Task<(long RecordId, string Title)> ApprovedTravelAsync(string destination)
    {
        var zhangsan = await factory.ClientAsAsync("zhangsan");
        var id = (await ScenarioFactory.StartAsync(zhangsan, "Process_TravelRequest", new
        {
            destination, transport = "train", startDate = "2026-12-10", endDate = "2026-12-12", days = 3, purpose = "省平台验收",
            budget = new object[] { new { category = "transport", amount = 800 }, new { category = "lodging", amount = 1200, note = "2 晚" } },
        })).GetProperty("id").GetString()!;
        await factory.ActAsync(await factory.ClientAsAsync("wanglei"), id);
        Assert.Equal("completed", await factory.StatusAsync(id));
        var row = Assert.Single(await LedgerKit.ListAsync(zhangsan, "travel-requests", "?q=" + destination));
        Assert.Equal(("zhangsan", "2000"), (row.GetProperty("owner").GetString(), row.Field("budgetTotal")));
        return (row.GetProperty("id").GetInt64(), row.GetProperty("title").GetString()!);
    }

    private async Task<object> ExpenseAsync((long Id, string Title) travel, decimal train, decimal hotel) => new
    {
        invoicesScan = new[] { new { id = await (await factory.ClientAsAsync("zhangsan")).UploadIdAsync(Files.FileUploads.Pdf, "车票.pdf"), name = "车票.pdf", size = Files.FileUploads.Pdf.Length } },
        travelRequest = new { id = travel.Id, title = travel.Title }, purpose = "省平台验收差旅",
        items = new object[]
        {
            new { date = "2026-12-10", from = "西安", to = "石家庄", category = "transport", amount = train, invoices = 1, overStandard = false },
            new { date = "2026-12-12", from = "石家庄", to = "石家庄", category = "lodging", amount = hotel, invoices = 1, overStandard = false },
        },
        totalAmount = train + hotel,
    };

    [Fact]
    public async Task TravelExpense_PicksTheApprovedTravel_PaidClaimLandsInTheExpenseLedger_AndPrintsWithTheTemplate()
    {
        await factory.ReadyAsync();
        var destination = ApiClient.Unique("石家庄");
        var travel = await ApprovedTravelAsync(destination);
        var zhangsan = await factory.ClientAsAsync("zhangsan");
        var id = (await ScenarioFactory.StartAsync(zhangsan, "Process_TravelExpense", await ExpenseAsync(travel, 560, 700))).GetProperty("id").GetString()!;
        Assert.Equal(destination, (await factory.InstanceAsync(zhangsan, id)).GetProperty("variables").GetProperty("destination").GetString()); // copied from the picked record
        await factory.ActAsync(await factory.ClientAsAsync("wanglei"), id);
        await factory.ActAsync(await factory.ClientAsAsync("qianhua"), id, variables: new { approvedAmount = 1260 });
        await factory.ActAsync(await factory.ClientAsAsync("duli"), id, variables: new { paidDate = "2026-12-15", payMethod = "transfer" });

        Assert.Equal("completed", await factory.StatusAsync(id));
        var row = Assert.Single(await LedgerKit.ListAsync(await factory.ClientAsAsync("qianhua"), "expenses", "?q=" + destination));
        Assert.Equal(("zhangsan", "1260", "2026-12-15", "transfer"), (row.GetProperty("owner").GetString(), row.Field("approvedAmount"), row.Field("paidDate"), row.Field("payMethod")));

        var print = await (await Designer.DesignerClient.SignInAsync(factory, "zhangsan")).PageAsync($"/Workbench/Print/{id}");
        Assert.Contains("差旅费报销单", print);
        Assert.Contains("壹仟贰佰陆拾元整", print); // 核定金额 in 大写
        Assert.Contains(destination, print);
    }

    [Fact]
    public async Task TravelExpense_FinanceRejects_NothingIsWritten()
    {
        await factory.ReadyAsync();
        var destination = ApiClient.Unique("保定");
        var travel = await ApprovedTravelAsync(destination);
        var id = (await ScenarioFactory.StartAsync(await factory.ClientAsAsync("zhangsan"), "Process_TravelExpense", await ExpenseAsync(travel, 2600, 3000))).GetProperty("id").GetString()!;
        await factory.ActAsync(await factory.ClientAsAsync("wanglei"), id);
        await factory.ActAsync(await factory.ClientAsAsync("sunli"), id); // over 5000: 分管领导
        await factory.ActAsync(await factory.ClientAsAsync("qianhua"), id, "reject", comment: "票据不全");
        Assert.Equal("rejected", await factory.StatusAsync(id));
        Assert.Empty(await LedgerKit.ListAsync(await factory.ClientAsAsync("qianhua"), "expenses", "?q=" + destination));
    }
}
