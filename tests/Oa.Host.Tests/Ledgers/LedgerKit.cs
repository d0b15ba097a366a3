using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Oa.Host.Tests.Infrastructure;

namespace Oa.Host.Tests.Ledgers;

/// <summary>Test ledgers with unique keys (each test publishes its own), and the shipped definition files.</summary>
public static class LedgerKit
{
    public static string ShippedDirectory
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
                if (Directory.Exists(Path.Combine(dir.FullName, "Definitions", "Ledgers"))) return Path.Combine(dir.FullName, "Definitions", "Ledgers");
            throw new DirectoryNotFoundException("Definitions/Ledgers");
        }
    }

    public static string Shipped(string key) => File.ReadAllText(Path.Combine(ShippedDirectory, key + ".ledger.json"));

    /// <summary>A small sales ledger: 销售 own, 销售总监 department, 营销管理 all, 管理层 read-only all.</summary>
    public static JsonObject SalesLedger(string key) => new()
    {
        ["key"] = key, ["name"] = "测试台账 " + key,
        ["titleFields"] = new JsonArray("code", "customer"), ["matchField"] = "code", ["keywordFields"] = new JsonArray("customer", "code"),
        ["columns"] = new JsonArray("code", "customer", "amount", "stage", "signed", "owner"),
        ["filters"] = new JsonArray("stage", "amount", "signed", "customer"), ["defaultSort"] = "-signed",
        ["access"] = new JsonArray(
            new JsonObject { ["role"] = "营销管理", ["scope"] = "all" },
            new JsonObject { ["role"] = "管理层", ["scope"] = "all", ["write"] = false },
            new JsonObject { ["role"] = "销售总监", ["scope"] = "department" },
            new JsonObject { ["role"] = "销售", ["scope"] = "own" }),
        ["form"] = JsonNode.Parse("""
            {"type":"default","id":"test-ledger","schemaVersion":16,"components":[
              {"type":"textfield","id":"f_code","key":"code","label":"编号","validate":{"required":true,"maxLength":20}},
              {"type":"textfield","id":"f_customer","key":"customer","label":"客户","validate":{"required":true}},
              {"type":"oa-money","id":"f_amount","key":"amount","label":"金额","validate":{"min":0}},
              {"type":"select","id":"f_stage","key":"stage","label":"阶段","values":[{"label":"洽谈","value":"talk"},{"label":"签约","value":"won"}]},
              {"type":"datetime","id":"f_signed","key":"signed","subtype":"date","dateLabel":"签约日期"},
              {"type":"textarea","id":"f_note","key":"note","label":"备注"}
            ]}
            """),
    };

    public static async Task<string> PublishAsync(OaFactory factory, JsonObject definition)
    {
        var admin = await factory.ClientAsAsync("admin");
        var response = await admin.PostAsJsonAsync("/api/ledgers/definitions", definition);
        response.EnsureSuccessStatusCode();
        return definition["key"]!.GetValue<string>();
    }

    public static async Task<string> NewSalesLedgerAsync(OaFactory factory) =>
        await PublishAsync(factory, SalesLedger(ApiClient.Unique("t").ToLowerInvariant()));

    public static async Task<JsonElement> CreateAsync(HttpClient client, string key, object fields)
    {
        var response = await client.PostAsJsonAsync($"/api/ledgers/{key}/records", new { fields });
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"create → {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return await response.JsonAsync();
    }

    public static async Task<List<JsonElement>> ListAsync(HttpClient client, string key, string query = "")
    {
        var response = await client.GetAsync($"/api/ledgers/{key}/records{query}");
        response.EnsureSuccessStatusCode();
        return [.. (await response.JsonAsync()).EnumerateArray()];
    }

    public static string Field(this JsonElement record, string name) => record.GetProperty("fields").GetProperty(name).ToString();
}
