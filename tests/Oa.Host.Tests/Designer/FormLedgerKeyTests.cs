using System.Net;
using Oa.Host.Tests.Infrastructure;
using Oa.Host.Tests.Ledgers;

namespace Oa.Host.Tests.Designer;

/// <summary>A 关联记录 field naming a ledger that does not exist is refused at publish, with the field and the reason, on every path.</summary>
public sealed class FormLedgerKeyTests(OaFactory factory) : IClassFixture<OaFactory>
{
    private static string Schema(string formId, string ledgerKey) => $$"""
        {"type":"default","id":"{{formId}}","components":[
          {"type":"oa-related-record","id":"Field_contract","key":"contract","label":"关联合同","ledgerKey":"{{ledgerKey}}"}
        ]}
        """;

    [Fact]
    public async Task DefinitionsApi_RelatedRecordOfUnknownLedger_Is400NamingField_AndPublishesNothing()
    {
        var formId = ApiClient.Unique("fledger_");
        var upload = new MultipartFormDataContent { { new StringContent(Schema(formId, "no-such-ledger")), "files", formId + ".form" } };
        var response = await (await factory.ClientAsAsync("admin")).PostAsync("/api/definitions", upload);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = Assert.Single((await response.JsonAsync()).GetProperty("problems").EnumerateArray());
        Assert.Equal("Field_contract", problem.GetProperty("elementId").GetString());
        Assert.Equal("ledgerKey: 台账 no-such-ledger 不存在 (field 'contract': ledger 'no-such-ledger' does not exist)", problem.GetProperty("message").GetString());
        Assert.Equal(0, DesignerClient.Query(factory, db => db.FormDefinitions.Count(f => f.FormId == formId)));
    }

    [Fact]
    public async Task DefinitionsApi_RelatedRecordOfExistingLedger_Publishes()
    {
        var ledger = await LedgerKit.NewSalesLedgerAsync(factory);
        var formId = ApiClient.Unique("fledger_");
        var upload = new MultipartFormDataContent { { new StringContent(Schema(formId, ledger)), "files", formId + ".form" } };
        var response = await (await factory.ClientAsAsync("admin")).PostAsync("/api/definitions", upload);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [Fact]
    public async Task DefinitionsApi_FieldMapNamingAFieldTheLedgerLacks_Is400NamingFieldAndMapping_AndPublishesNothing()
    {
        var ledger = await LedgerKit.NewSalesLedgerAsync(factory);
        var formId = ApiClient.Unique("fledger_");
        var upload = new MultipartFormDataContent { { new StringContent(MappedSchema(formId, ledger, "custmer")), "files", formId + ".form" } };
        var response = await (await factory.ClientAsAsync("admin")).PostAsync("/api/definitions", upload);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = Assert.Single((await response.JsonAsync()).GetProperty("problems").EnumerateArray());
        Assert.Equal("Field_contract", problem.GetProperty("elementId").GetString());
        Assert.Equal($"fieldMap.custmer: 台账 {ledger} 没有字段 custmer (field 'contract': ledger '{ledger}' has no field 'custmer')", problem.GetProperty("message").GetString());
        Assert.Equal(0, DesignerClient.Query(factory, db => db.FormDefinitions.Count(f => f.FormId == formId)));

        // The same form mapping a field the ledger has publishes.
        var fixedUpload = new MultipartFormDataContent { { new StringContent(MappedSchema(formId, ledger, "customer")), "files", formId + ".form" } };
        Assert.Equal(HttpStatusCode.Created, (await (await factory.ClientAsAsync("admin")).PostAsync("/api/definitions", fixedUpload)).StatusCode);
    }

    [Fact]
    public async Task FormDesignerPublish_FieldMapNamingAFieldTheLedgerLacks_ShowsFieldAndReason_AndPublishesNothing()
    {
        var ledger = await LedgerKit.NewSalesLedgerAsync(factory);
        var formId = ApiClient.Unique("fledger_");
        var admin = await DesignerClient.SignInAsync(factory, "admin");
        var response = await admin.PostAsync("/Designer", $"/Designer/Form/{formId}", ("schema", MappedSchema(formId, ledger, "price")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("<code>Field_contract</code>", html);
        Assert.Contains($"台账 {ledger} 没有字段 price", html);
        Assert.Equal(0, DesignerClient.Query(factory, db => db.FormDefinitions.Count(f => f.FormId == formId)));
    }

    private static string MappedSchema(string formId, string ledgerKey, string from) => $$$"""
        {"type":"default","id":"{{{formId}}}","components":[
          {"type":"oa-related-record","id":"Field_contract","key":"contract","label":"关联合同","ledgerKey":"{{{ledgerKey}}}","fieldMap":{"{{{from}}}":"customerName"}},
          {"type":"textfield","id":"Field_customerName","key":"customerName","label":"客户"}
        ]}
        """;

    [Fact]
    public async Task FormDesignerPublish_RelatedRecordOfUnknownLedger_ShowsFieldAndReason_AndPublishesNothing()
    {
        var formId = ApiClient.Unique("fledger_");
        var admin = await DesignerClient.SignInAsync(factory, "admin");
        var response = await admin.PostAsync("/Designer", $"/Designer/Form/{formId}", ("schema", Schema(formId, "gone-ledger")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("<code>Field_contract</code>", html);
        Assert.Contains("（关联合同）", html);
        Assert.Contains("台账 gone-ledger 不存在", html);
        Assert.Equal(0, DesignerClient.Query(factory, db => db.FormDefinitions.Count(f => f.FormId == formId)));
    }
}
