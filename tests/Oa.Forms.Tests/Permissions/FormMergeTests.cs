using System.Text.Json.Nodes;
using Oa.Forms.Permissions;
using Oa.Forms.Tests.Support;
using Oa.Forms.Validation;

namespace Oa.Forms.Tests.Permissions;

public class FormMergeTests
{
    private static SubmissionResult Merge(JsonObject submitted) =>
        FormMerge.Merge(ContractFixture.Schema, ContractFixture.Stored(), submitted, ContractFixture.ReviewerNode);

    // What the browser got at this node, with the editable opinion filled in.
    private static JsonObject Echo(string opinion = "同意")
    {
        var view = FormView.For(ContractFixture.Schema, ContractFixture.Stored(), ContractFixture.ReviewerNode);
        var data = view.Data;
        data["opinion"] = opinion;
        return data;
    }

    [Fact]
    public void Merge_BrowserEcho_AcceptsEditableAndKeepsHiddenValues()
    {
        var result = Merge(Echo());

        TestForms.Valid(result);
        Assert.Equal("同意", result.Data["opinion"]!.GetValue<string>());
        Assert.Equal(0.35m, result.Data["margin"]!.GetValue<decimal>());
        Assert.Equal("6222000011112222", result.Data["finance"]!["account"]!.GetValue<string>());
        Assert.Equal(70000m, result.Data["items"]![0]!["cost"]!.GetValue<decimal>());
        Assert.Equal(42000m, result.Data["profit"]!.GetValue<decimal>());
        Assert.False(result.Data.ContainsKey("initiatorSalary"));
    }

    [Fact]
    public void Merge_ChangedReadOnlyField_RejectedAndStoredValueKept()
    {
        var submitted = Echo();
        submitted["amount"] = 1;

        var result = Merge(submitted);

        var error = TestForms.Single(result);
        Assert.Equal(("amount", "not_editable"), (error.Path, error.Code));
        Assert.Equal(120000m, result.Data["amount"]!.GetValue<decimal>());
    }

    [Fact]
    public void Merge_ReadOnlyFieldOmitted_KeepsStoredValue()
    {
        var result = Merge(new JsonObject { ["opinion"] = "ok" });

        TestForms.Valid(result);
        Assert.Equal("采购合同", result.Data["title"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("margin", "0.35")]
    [InlineData("margin", "0.5")]
    [InlineData("margin", "null")]
    public void Merge_HiddenFieldSentAtAll_Rejected(string key, string value)
    {
        // Even the stored value is rejected: accepting it would let a client probe for the secret.
        var submitted = Echo();
        submitted[key] = JsonNode.Parse(value);

        var result = Merge(submitted);

        Assert.Equal((key, "not_editable"), (TestForms.Single(result).Path, TestForms.Single(result).Code));
        Assert.Equal(0.35m, result.Data["margin"]!.GetValue<decimal>());
    }

    [Fact]
    public void Merge_HiddenFieldInsideGroup_Rejected()
    {
        var submitted = Echo();
        submitted["finance"]!["account"] = "6222999999999999";

        var result = Merge(submitted);

        Assert.Equal("finance.account", TestForms.Single(result).Path);
        Assert.Equal("6222000011112222", result.Data["finance"]!["account"]!.GetValue<string>());
    }

    [Fact]
    public void Merge_ReadOnlyList_ChangedCell_Rejected()
    {
        var submitted = Echo();
        submitted["items"]![1]!["price"] = 1;

        var result = Merge(submitted);

        Assert.Equal(("items", "not_editable"), (TestForms.Single(result).Path, TestForms.Single(result).Code));
        Assert.Equal(20000m, result.Data["items"]![1]!["price"]!.GetValue<decimal>());
    }

    [Fact]
    public void Merge_ReadOnlyList_AddedRow_Rejected()
    {
        var submitted = Echo();
        submitted["items"]!.AsArray().Add(new JsonObject { ["desc"] = "额外", ["price"] = 1 });

        var result = Merge(submitted);

        Assert.Equal("not_editable", TestForms.Single(result).Code);
        Assert.Equal(2, result.Data["items"]!.AsArray().Count);
    }

    [Fact]
    public void Merge_ReadOnlyList_HiddenColumnSmuggledIn_Rejected()
    {
        var submitted = Echo();
        submitted["items"]![0]!["cost"] = 70000;

        Assert.Equal("not_editable", TestForms.Single(Merge(submitted)).Code);
    }

    [Fact]
    public void Merge_EditableListWithHiddenColumn_RowsEditableCostsPreserved()
    {
        var permissions = FieldPermissions.ForNode(false, new Dictionary<string, FieldAccess>
        {
            ["items"] = FieldAccess.Editable,
            ["items.cost"] = FieldAccess.Hidden,
        });
        var submitted = TestForms.Obj("""{ "items": [ { "desc": "服务器", "price": 90000 }, { "desc": "安装", "price": 20000 } ] }""");

        var result = FormMerge.Merge(ContractFixture.Schema, ContractFixture.Stored(), submitted, permissions);

        TestForms.Valid(result);
        Assert.Equal(90000m, result.Data["items"]![0]!["price"]!.GetValue<decimal>());
        Assert.Equal(70000m, result.Data["items"]![0]!["cost"]!.GetValue<decimal>());
        Assert.Equal(110000m, result.Data["total"]!.GetValue<decimal>());
        Assert.Equal(32000m, result.Data["profit"]!.GetValue<decimal>());
    }

    [Fact]
    public void Merge_EditableListWithHiddenColumn_CellInNewRowRejected()
    {
        var permissions = FieldPermissions.ForNode(false, new Dictionary<string, FieldAccess>
        {
            ["items"] = FieldAccess.Editable,
            ["items.cost"] = FieldAccess.Hidden,
        });
        var submitted = TestForms.Obj("""{ "items": [ { "desc": "a", "price": 1 }, { "desc": "b", "price": 2 }, { "desc": "c", "price": 3, "cost": 0 } ] }""");

        var result = FormMerge.Merge(ContractFixture.Schema, ContractFixture.Stored(), submitted, permissions);

        Assert.Equal(("items[2].cost", "not_editable"), (TestForms.Single(result).Path, TestForms.Single(result).Code));
        Assert.False(result.Data["items"]![2]!.AsObject().ContainsKey("cost"));
    }

    [Fact]
    public void Merge_ExpressionFieldsSentByClient_IgnoredAndRecomputed()
    {
        var submitted = Echo();
        submitted["total"] = 1;
        submitted["profit"] = 1;

        var result = Merge(submitted);

        TestForms.Valid(result);
        Assert.Equal(120000m, result.Data["total"]!.GetValue<decimal>());
        Assert.Equal(42000m, result.Data["profit"]!.GetValue<decimal>());
    }

    [Fact]
    public void Merge_StartNode_SchemaReadonlyFieldKeepsDefault()
    {
        var schema = TestForms.With("""
            { "type": "textfield", "id": "A", "key": "company", "readonly": true, "defaultValue": "本公司" },
            { "type": "textfield", "id": "B", "key": "name" }
            """);

        var ok = FormSubmissionProcessor.Process(schema, TestForms.Obj("""{ "company": "本公司", "name": "x" }"""), FormContext.Empty);
        var forged = FormSubmissionProcessor.Process(schema, TestForms.Obj("""{ "company": "别家", "name": "x" }"""), FormContext.Empty);

        TestForms.Valid(ok);
        Assert.Equal(("company", "not_editable"), (TestForms.Single(forged).Path, TestForms.Single(forged).Code));
        Assert.Equal("本公司", forged.Data["company"]!.GetValue<string>());
    }

    [Fact]
    public void Merge_RandomTampering_NeverOverwritesNonEditableValues()
    {
        var random = new Random(20261201);
        var stored = ContractFixture.Stored();
        var keys = new[] { "title", "amount", "margin", "total", "profit" };
        for (var i = 0; i < 300; i++)
        {
            var submitted = Echo();
            var key = keys[random.Next(keys.Length)];
            submitted[key] = random.Next(3) switch { 0 => random.Next(), 1 => "x" + random.Next(), _ => null };
            if (random.Next(2) == 0) submitted["finance"] = new JsonObject { ["bank"] = "b", ["account"] = "a" };

            var result = Merge(submitted);

            foreach (var k in keys)
                Assert.True(JsonNode.DeepEquals(stored[k], result.Data[k]), $"{k} changed by tampering with {key}");
            Assert.True(JsonNode.DeepEquals(stored["finance"], result.Data["finance"]));
            Assert.True(JsonNode.DeepEquals(stored["items"], result.Data["items"]));
        }
    }

    private static FieldPermissions RemarkColumnEditable => FieldPermissions.ForNode(false, new Dictionary<string, FieldAccess>
    {
        ["items.desc"] = FieldAccess.Editable,
        ["items.cost"] = FieldAccess.Hidden,
    });

    [Fact]
    public void Merge_ReadOnlyListWithEditableColumn_TakesThatColumnOnly()
    {
        var submitted = TestForms.Obj("""{ "items": [ { "desc": "服务器（含三年维保）", "price": 100000 }, { "desc": "安装", "price": 20000 } ] }""");

        var result = FormMerge.Merge(ContractFixture.Schema, ContractFixture.Stored(), submitted, RemarkColumnEditable);

        TestForms.Valid(result);
        Assert.Equal("服务器（含三年维保）", result.Data["items"]![0]!["desc"]!.GetValue<string>());
        Assert.Equal(70000m, result.Data["items"]![0]!["cost"]!.GetValue<decimal>());
    }

    [Theory]
    [InlineData("""[ { "desc": "a", "price": 1 }, { "desc": "b", "price": 20000 } ]""", "items[0].price")]
    [InlineData("""[ { "desc": "a", "price": 100000 } ]""", "items")]
    [InlineData("""[ { "desc": "a", "price": 100000 }, { "desc": "b", "price": 20000 }, { "desc": "c" } ]""", "items")]
    [InlineData("""[ { "desc": "a", "price": 100000, "cost": 1 }, { "desc": "b", "price": 20000 } ]""", "items[0].cost")]
    public void Merge_ReadOnlyListWithEditableColumn_RejectsOtherChanges(string rows, string path)
    {
        var submitted = TestForms.Obj($$"""{ "items": {{rows}} }""");

        var result = FormMerge.Merge(ContractFixture.Schema, ContractFixture.Stored(), submitted, RemarkColumnEditable);

        Assert.Equal((path, "not_editable"), (TestForms.Single(result).Path, TestForms.Single(result).Code));
        Assert.Equal(2, result.Data["items"]!.AsArray().Count);
        Assert.Equal(100000m, result.Data["items"]![0]!["price"]!.GetValue<decimal>());
    }

    [Fact]
    public void View_ReadOnlyListWithEditableColumn_KeepsColumnEditable()
    {
        var view = FormView.For(ContractFixture.Schema, ContractFixture.Stored(), RemarkColumnEditable);
        var components = FormViewTests.Components(view.Schema).ToDictionary(c => c["id"]!.GetValue<string>());

        Assert.Null(components["List_items"]["readonly"]);
        Assert.False(components["List_items"]["allowAddRemove"]!.GetValue<bool>());
        Assert.Null(components["Field_desc"]["readonly"]);
        Assert.True(components["Field_price"]["readonly"]!.GetValue<bool>());
    }
}
