using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Oa.Host.Tests.Infrastructure;

namespace Oa.Host.Tests.Ledgers;

/// <summary>
/// A ledger's own form may relate to another ledger (a loan naming its customer). Publishing it through the ledger path
/// (POST /api/ledgers/definitions) checks the 关联记录 field names an existing ledger and that its fieldMap names fields
/// that ledger has; a refusal names the field and the reason and publishes nothing.
/// </summary>
public sealed class LedgerRelatedRecordReferenceTests(OaFactory factory) : IClassFixture<OaFactory>
{
    [Fact]
    public async Task RelatedRecordOfUnknownLedger_Is400NamingFieldAndLedger_AndPublishesNothing()
    {
        var key = ApiClient.Unique("rel").ToLowerInvariant();
        var errors = await RefusedAsync(LoanLedger(key, "no-such-ledger", "customer"));

        Assert.Contains(errors, e => e.Contains("f_deal") && e.Contains("ledger 'no-such-ledger' does not exist") && e.Contains("field 'deal'"));
        Assert.Equal(HttpStatusCode.NotFound, (await (await factory.ClientAsAsync("admin")).GetAsync($"/api/ledgers/{key}/records")).StatusCode);
    }

    [Fact]
    public async Task FieldMapNamingAFieldTheTargetLedgerLacks_Is400NamingTheMapping_AndPublishesNothing()
    {
        var target = await LedgerKit.NewSalesLedgerAsync(factory);
        var key = ApiClient.Unique("rel").ToLowerInvariant();
        var errors = await RefusedAsync(LoanLedger(key, target, "client"));

        Assert.Contains(errors, e => e.Contains("f_deal") && e.Contains($"fieldMap.client: 台账 {target} 没有字段 client"));
        Assert.Equal(HttpStatusCode.NotFound, (await (await factory.ClientAsAsync("admin")).GetAsync($"/api/ledgers/{key}/records")).StatusCode);
    }

    [Fact]
    public async Task RelatedRecordOfAnExistingLedgersField_Publishes()
    {
        var target = await LedgerKit.NewSalesLedgerAsync(factory);
        var key = ApiClient.Unique("rel").ToLowerInvariant();
        var response = await (await factory.ClientAsAsync("admin")).PostAsJsonAsync("/api/ledgers/definitions", LoanLedger(key, target, "customer"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private async Task<List<string>> RefusedAsync(JsonObject definition)
    {
        var response = await (await factory.ClientAsAsync("admin")).PostAsJsonAsync("/api/ledgers/definitions", definition);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        return [.. (await response.JsonAsync()).GetProperty("errors").GetProperty("definition").EnumerateArray().Select(e => e.GetString()!)];
    }

    private static JsonObject LoanLedger(string key, string relatedLedger, string mappedFrom) => new()
    {
        ["key"] = key, ["name"] = "借阅台账 " + key,
        ["columns"] = new JsonArray("code", "customerName"),
        ["access"] = new JsonArray(new JsonObject { ["role"] = "营销管理", ["scope"] = "all" }),
        ["form"] = JsonNode.Parse($$$"""
            {"type":"default","id":"loan-ledger","schemaVersion":16,"components":[
              {"type":"textfield","id":"f_code","key":"code","label":"编号","validate":{"required":true}},
              {"type":"oa-related-record","id":"f_deal","key":"deal","label":"关联客户","ledgerKey":"{{{relatedLedger}}}","fieldMap":{"{{{mappedFrom}}}":"customerName"}},
              {"type":"textfield","id":"f_customerName","key":"customerName","label":"客户"}
            ]}
            """),
    };
}
