using System.Net;
using System.Net.Http.Json;
using Oa.Host.Tests.Infrastructure;

namespace Oa.Host.Tests.Scenarios;

/// <summary>oa:process startableBy on the shipped processes: the catalogue and the start endpoint agree.</summary>
[Collection(ScenarioCollection.Name)]
public sealed class StartPermissionScenarioTests(ScenarioFactory factory)
{
    private async Task<List<string?>> CatalogueAsync(string user) =>
        [.. (await (await (await factory.ClientAsAsync(user)).GetAsync("/api/definitions")).JsonAsync()).EnumerateArray().Select(p => p.GetProperty("key").GetString())];

    [Fact]
    public async Task SalesContract_OnlySalesStart_AttendanceException_NobodyButTheClose()
    {
        await factory.ReadyAsync();
        Assert.Contains("Process_SalesContract", await CatalogueAsync("wangfang"));
        var engineer = await CatalogueAsync("zhangsan");
        Assert.DoesNotContain("Process_SalesContract", engineer);
        Assert.DoesNotContain("Process_AttendanceException", engineer);
        Assert.Contains("Process_Leave", engineer);
        Assert.DoesNotContain("Process_AttendanceException", await CatalogueAsync("wujing")); // not even HR: the attendance close starts it

        var zhangsan = await factory.ClientAsAsync("zhangsan");
        var contract = await zhangsan.PostAsJsonAsync("/api/processes/Process_SalesContract/instances", new { variables = new { contractNo = "X" } });
        Assert.Equal(HttpStatusCode.Forbidden, contract.StatusCode);
        var anomaly = await zhangsan.PostAsJsonAsync("/api/processes/Process_AttendanceException/instances", new { variables = new { period = "2026-11" } });
        Assert.Equal(HttpStatusCode.Forbidden, anomaly.StatusCode);
    }

    [Fact]
    public async Task ContractReceipt_SalesAndFinanceMayStart_OthersMayNot()
    {
        await factory.ReadyAsync();
        Assert.Contains("Process_ContractReceipt", await CatalogueAsync("wangfang"));
        Assert.Contains("Process_ContractReceipt", await CatalogueAsync("qianhua"));
        Assert.DoesNotContain("Process_ContractReceipt", await CatalogueAsync("guohui"));
    }
}
