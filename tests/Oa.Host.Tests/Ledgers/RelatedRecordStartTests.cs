using System.Net;
using System.Net.Http.Json;
using Oa.Host.Tests.Infrastructure;

namespace Oa.Host.Tests.Ledgers;

/// <summary>
/// A process form with an oa-related-record field: at start the server copies the picked record's fields
/// (overriding what the browser sent), and a record outside the applicant's data scope is "not found".
/// </summary>
public sealed class RelatedRecordStartTests(OaFactory factory) : IClassFixture<OaFactory>
{
    private async Task<string> PublishProcessAsync(string ledgerKey)
    {
        var id = "rr_" + Guid.NewGuid().ToString("N")[..8];
        var bpmn = $"""
            <?xml version="1.0" encoding="UTF-8"?>
            <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:zeebe="http://camunda.org/schema/zeebe/1.0"
                              id="Defs_{id}" targetNamespace="http://oa.dev/tests">
              <bpmn:process id="{id}" name="关联记录测试" isExecutable="true">
                <bpmn:startEvent id="Start"><bpmn:extensionElements><zeebe:formDefinition formId="{id}_form" /></bpmn:extensionElements></bpmn:startEvent>
                <bpmn:sequenceFlow id="F1" sourceRef="Start" targetRef="Task_Check" />
                <bpmn:userTask id="Task_Check" name="核对"><bpmn:extensionElements><zeebe:assignmentDefinition assignee="heli" /></bpmn:extensionElements></bpmn:userTask>
                <bpmn:sequenceFlow id="F2" sourceRef="Task_Check" targetRef="End" />
                <bpmn:endEvent id="End" />
              </bpmn:process>
            </bpmn:definitions>
            """;
        var form = $$$"""
            {"type":"default","id":"{{{id}}}_form","schemaVersion":16,"components":[
              {"type":"oa-related-record","id":"f_deal","key":"deal","label":"关联记录","ledgerKey":"{{{ledgerKey}}}","fieldMap":{"customer":"customerName","amount":"dealAmount"},"validate":{"required":true}},
              {"type":"textfield","id":"f_customerName","key":"customerName","label":"客户"},
              {"type":"number","id":"f_dealAmount","key":"dealAmount","label":"金额"}
            ]}
            """;
        var content = new MultipartFormDataContent { { new StringContent(bpmn), "files", id + ".bpmn" }, { new StringContent(form), "files", id + "_form.form" } };
        var response = await (await factory.ClientAsAsync("admin")).PostAsync("/api/definitions", content);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return id;
    }

    [Fact]
    public async Task Start_WithOwnRecord_CopiesTheLedgerFieldsOverWhatTheBrowserSent()
    {
        var ledger = await LedgerKit.NewSalesLedgerAsync(factory);
        var process = await PublishProcessAsync(ledger);
        var wangfang = await factory.ClientAsAsync("wangfang");
        var record = await LedgerKit.CreateAsync(wangfang, ledger, new { code = "RR-1", customer = "台账里的客户", amount = 321 });
        var id = record.GetProperty("id").GetInt64();

        var start = await wangfang.PostAsJsonAsync($"/api/processes/{process}/instances",
            new { variables = new { deal = new { id, title = "RR-1" }, customerName = "浏览器篡改", dealAmount = 1 } });
        Assert.Equal(HttpStatusCode.Created, start.StatusCode);
        var instance = await (await wangfang.GetAsync($"/api/instances/{(await start.JsonAsync()).GetProperty("id").GetString()}")).JsonAsync();
        var variables = instance.GetProperty("variables");
        Assert.Equal("台账里的客户", variables.GetProperty("customerName").GetString());
        Assert.Equal(321m, variables.GetProperty("dealAmount").GetDecimal());
    }

    [Fact]
    public async Task Start_WithAnotherSalespersonsRecord_Returns400RecordNotFound()
    {
        var ledger = await LedgerKit.NewSalesLedgerAsync(factory);
        var process = await PublishProcessAsync(ledger);
        var theirs = await LedgerKit.CreateAsync(await factory.ClientAsAsync("liuqiang"), ledger, new { code = "RR-2", customer = "刘强的客户", amount = 5 });
        var wangfang = await factory.ClientAsAsync("wangfang");
        var start = await wangfang.PostAsJsonAsync($"/api/processes/{process}/instances",
            new { variables = new { deal = new { id = theirs.GetProperty("id").GetInt64(), title = "RR-2" } } });
        Assert.Equal(HttpStatusCode.BadRequest, start.StatusCode);
        var body = await start.Content.ReadAsStringAsync();
        Assert.Contains("deal", body);
        Assert.DoesNotContain("刘强的客户", body);
    }
}
