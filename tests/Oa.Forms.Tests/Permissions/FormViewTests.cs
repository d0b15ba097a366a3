using System.Text.Json.Nodes;
using Oa.Forms.Permissions;
using Oa.Forms.Tests.Support;

namespace Oa.Forms.Tests.Permissions;

public class FormViewTests
{
    [Fact]
    public void View_HiddenFields_NeverLeaveTheServer()
    {
        var view = FormView.For(ContractFixture.Schema, ContractFixture.Stored(), ContractFixture.ReviewerNode);

        var sent = view.Schema.ToJsonString() + view.Data.ToJsonString();
        foreach (var secret in new[] { "0.35", "70000", "8000", "42000", "6222000011112222", "99999", "Field_margin", "Field_cost", "Field_profit", "Field_account" })
            Assert.DoesNotContain(secret, sent);
    }

    [Fact]
    public void View_HiddenListColumn_RemovedFromEveryRow()
    {
        var view = FormView.For(ContractFixture.Schema, ContractFixture.Stored(), ContractFixture.ReviewerNode);

        foreach (var row in view.Data["items"]!.AsArray())
            Assert.Equal(["desc", "price"], row!.AsObject().Select(p => p.Key));
    }

    [Fact]
    public void View_AfterStartNode_DefaultsToReadOnly()
    {
        var view = FormView.For(ContractFixture.Schema, ContractFixture.Stored(), ContractFixture.ReviewerNode);
        var components = Components(view.Schema).ToDictionary(c => c["id"]!.GetValue<string>());

        Assert.True(components["Field_title"]["readonly"]!.GetValue<bool>());
        Assert.True(components["Field_title"]["disabled"]!.GetValue<bool>());
        Assert.False(components["List_items"]["allowAddRemove"]!.GetValue<bool>());
        Assert.Null(components["Field_opinion"]["readonly"]);
        Assert.Equal("采购合同", view.Data["title"]!.GetValue<string>());
        Assert.Equal("工商银行", view.Data["finance"]!["bank"]!.GetValue<string>());
    }

    [Fact]
    public void View_StartNode_DefaultsToEditable()
    {
        var view = FormView.For(ContractFixture.Schema, null, FieldPermissions.ForNode(isStartNode: true));

        Assert.All(Components(view.Schema), c => Assert.Null(c["readonly"]));
        Assert.Empty(view.Data);
    }

    [Fact]
    public void View_HiddenGroup_RemovesGroupAndNestedValues()
    {
        var permissions = FieldPermissions.ForNode(false, new Dictionary<string, FieldAccess> { ["finance"] = FieldAccess.Hidden });

        var view = FormView.For(ContractFixture.Schema, ContractFixture.Stored(), permissions);

        Assert.False(view.Data.ContainsKey("finance"));
        Assert.DoesNotContain(Components(view.Schema), c => c["id"]!.GetValue<string>() is "Group_finance" or "Field_bank");
    }

    [Fact]
    public void View_ExplicitEditableChildOfHiddenContainer_StaysHidden()
    {
        var permissions = FieldPermissions.ForNode(false, new Dictionary<string, FieldAccess>
        {
            ["items"] = FieldAccess.Hidden,
            ["items.price"] = FieldAccess.Editable,
        });

        var view = FormView.For(ContractFixture.Schema, ContractFixture.Stored(), permissions);

        Assert.False(view.Data.ContainsKey("items"));
    }

    [Fact]
    public void View_DoesNotMutateSchemaOrData()
    {
        var schema = ContractFixture.Schema;
        var before = schema.Raw.ToJsonString();
        var data = ContractFixture.Stored();

        FormView.For(schema, data, ContractFixture.ReviewerNode);

        Assert.Equal(before, schema.Raw.ToJsonString());
        Assert.Equal(0.35m, data["margin"]!.GetValue<decimal>());
    }

    [Fact]
    public void View_ValuesKeyOptions_CopiedFromVariablesForVisibleFieldsOnly()
    {
        var schema = TestForms.With("""
            { "type": "select", "id": "A", "key": "city", "valuesKey": "cities" },
            { "type": "select", "id": "B", "key": "grade", "valuesKey": "grades" }
            """);
        var variables = TestForms.Obj("""{ "cities": [ { "label": "北京", "value": "bj" } ], "grades": [ "P7" ], "salary": 1 }""");
        var permissions = FieldPermissions.ForNode(true, new Dictionary<string, FieldAccess> { ["grade"] = FieldAccess.Hidden });

        var view = FormView.For(schema, null, permissions, variables);

        Assert.Equal(["cities"], view.Data.Select(p => p.Key));
    }

    [Fact]
    public void View_ValuesKeyNamingAHiddenField_IsNotCopied()
    {
        var schema = TestForms.With("""
            { "type": "select", "id": "A", "key": "pick", "valuesKey": "salary" },
            { "type": "number", "id": "B", "key": "salary" }
            """);
        var permissions = FieldPermissions.ForNode(true, new Dictionary<string, FieldAccess> { ["salary"] = FieldAccess.Hidden });

        var view = FormView.For(schema, null, permissions, TestForms.Obj("""{ "salary": 30000 }"""));

        Assert.Empty(view.Data);
    }

    internal static IEnumerable<JsonObject> Components(JsonObject schema)
    {
        foreach (var c in schema["components"]!.AsArray().Cast<JsonObject>())
        {
            yield return c;
            if (c["components"] is JsonObject container)
                foreach (var d in Components(container)) yield return d;
            else if (c["components"] is JsonArray)
                foreach (var d in Components(new JsonObject { ["components"] = c["components"]!.DeepClone() })) yield return d;
        }
    }
}
