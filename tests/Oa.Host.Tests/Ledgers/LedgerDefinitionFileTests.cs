using System.Text.Json.Nodes;
using Oa.Host.Features.Ledgers;

namespace Oa.Host.Tests.Ledgers;

public sealed class LedgerDefinitionFileTests
{
    [Fact]
    public void ShippedDefinitions_AllParse_WithTheLedgersTheIssueNames()
    {
        var keys = new List<string>();
        foreach (var file in Directory.GetFiles(LedgerKit.ShippedDirectory, "*.ledger.json"))
        {
            var (definition, problems) = LedgerDefinitionParser.Parse(File.ReadAllText(file));
            Assert.True(definition is not null, $"{Path.GetFileName(file)}: {string.Join("; ", problems)}");
            keys.Add(definition!.Key);
        }
        Assert.Superset(new HashSet<string> { "contracts", "ca-certificates", "complaints", "customers" }, keys.ToHashSet());
    }

    [Fact]
    public void ContractLedger_MatchesTheKeyTheReceiptFormLooksUp()
    {
        // contract-receipt.form's oa-related-record field reads ledger "contracts" and copies these fields.
        var (definition, _) = LedgerDefinitionParser.Parse(LedgerKit.Shipped("contracts"));
        foreach (var field in new[] { "contractNo", "customerName", "amount" }) Assert.NotNull(definition!.Field(field));
        Assert.True(definition!.IsContract);
    }

    [Fact]
    public void Parse_UnknownColumnAndMissingAccess_AreProblemsNotExceptions()
    {
        var json = LedgerKit.SalesLedger("bad-one");
        json["columns"] = new JsonArray("code", "nope");
        json.Remove("access");
        var (definition, problems) = LedgerDefinitionParser.Parse(json.ToJsonString());
        Assert.Null(definition);
        Assert.Contains(problems, p => p.Contains("nope"));
        Assert.Contains(problems, p => p.StartsWith("access"));
    }

    [Fact]
    public void Parse_BadKeyOrBrokenForm_IsRefused()
    {
        var json = LedgerKit.SalesLedger("Bad Key");
        Assert.Null(LedgerDefinitionParser.Parse(json.ToJsonString()).Definition);
        var broken = LedgerKit.SalesLedger("ok-key");
        broken["form"] = JsonNode.Parse("""{"components":[{"type":"no-such-type","key":"x"}]}""");
        Assert.Null(LedgerDefinitionParser.Parse(broken.ToJsonString()).Definition);
    }
}
