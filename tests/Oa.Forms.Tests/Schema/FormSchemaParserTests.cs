using Oa.Forms.Schema;
using Oa.Forms.Tests.Support;

namespace Oa.Forms.Tests.Schema;

public class FormSchemaParserTests
{
    [Fact]
    public void Parse_EveryFormJsComponentType_BuildsTypedModel()
    {
        var schema = TestForms.Load("Schema/all-components.form");

        var kinds = schema.AllComponents().Select(c => c.Kind).ToHashSet();
        foreach (var kind in new[] { ComponentKind.Text, ComponentKind.Textfield, ComponentKind.Textarea, ComponentKind.Number,
                     ComponentKind.Datetime, ComponentKind.Checkbox, ComponentKind.Checklist, ComponentKind.Radio, ComponentKind.Select,
                     ComponentKind.Taglist, ComponentKind.Group, ComponentKind.DynamicList, ComponentKind.Table, ComponentKind.Expression,
                     ComponentKind.Html, ComponentKind.Image, ComponentKind.Spacer, ComponentKind.Separator, ComponentKind.Iframe,
                     ComponentKind.Filepicker, ComponentKind.DocumentPreview, ComponentKind.Button })
            Assert.Contains(kind, kinds);
        Assert.Equal("Form_AllComponents", schema.Id);
        Assert.Equal(16, schema.SchemaVersion);
    }

    [Fact]
    public void Parse_ComponentProperties_AreTyped()
    {
        var schema = TestForms.Load("Schema/all-components.form");
        var all = schema.AllComponents().ToDictionary(c => c.Id);

        Assert.True(all["Field_title"].Validate.Required);
        Assert.Equal(50m, all["Field_title"].Validate.MaxLength!.Constant);
        Assert.Equal(2, all["Field_amount"].DecimalDigits);
        Assert.Equal(0.01m, all["Field_amount"].Increment);
        Assert.NotNull(all["Field_amount"].Validate.Max!.Expression);
        Assert.Equal(DateTimeSubtype.Date, all["Field_date"].Subtype);
        Assert.Equal(["a", "b"], all["Field_tags"].Values!.Select(v => v!.Value!.GetValue<string>()));
        Assert.Equal("cities", all["Field_city"].ValuesKey);
        Assert.NotNull(all["Field_labels"].ValuesExpression);
        Assert.Equal(["address", "street"], all["Field_street"].DataPath);
        Assert.Equal("address.street", all["Field_street"].FullPath);
        Assert.Equal(["amount"], all["Field_item_amount"].DataPath);
        Assert.Equal("items.amount", all["Field_item_amount"].FullPath);
        Assert.Equal(1, all["List_items"].Rows!.MinRows);
        Assert.Equal(20, all["List_items"].Rows!.MaxRows);
        Assert.Equal("amount", Assert.Single(all["Table_1"].Table!.Columns).Key);
        Assert.NotNull(all["Field_total"].Expression);
        Assert.True(all["Field_files"].Multiple);
    }

    [Fact]
    public void Parse_OaComponentTypes_ReadsTheirOptions()
    {
        var all = TestForms.Load("Schema/oa-components.form").AllComponents().ToDictionary(c => c.Id);

        Assert.True(all["Field_members"].Multiple);
        Assert.Equal(ComponentKind.OaDepartment, all["Field_dept"].Kind);
        Assert.Equal(1048576, all["Field_att"].Attachments!.MaxSize);
        Assert.Equal([".pdf", "image/*"], all["Field_att"].Attachments!.Accept);
        Assert.Equal(3, all["Field_att"].Attachments!.MaxFiles);
        Assert.Equal("CNY", all["Field_money"].Money!.Currency);
        Assert.Equal(2, all["Field_money"].DecimalDigits);
        Assert.Equal("BX-{yyyy}-{seq:5}", all["Field_no"].Serial!.Pattern);
        Assert.Equal(1024, all["Field_sign"].Signature!.MaxBytes);
        Assert.Equal("contracts", all["Field_contract"].RelatedRecord!.LedgerKey);
        Assert.Equal("contractName", all["Field_contract"].RelatedRecord!.Mapping["name"]);
    }

    [Fact]
    public void Parse_UnknownType_ReportsProblemNamingComponent()
    {
        var result = FormSchemaParser.Parse("""{ "components": [ { "type": "signaturepad", "id": "X_1", "key": "x" } ] }""");

        Assert.Null(result.Schema);
        var problem = Assert.Single(result.Problems);
        Assert.Equal("X_1", problem.ComponentId);
        Assert.Contains("signaturepad", problem.Message);
    }

    [Fact]
    public void Parse_DuplicateKeys_ReportsProblem()
    {
        var result = FormSchemaParser.Parse("""
            { "components": [ { "type": "textfield", "id": "A", "key": "name" }, { "type": "textarea", "id": "B", "key": "name" } ] }
            """);

        Assert.Null(result.Schema);
        Assert.Contains(result.Problems, p => p.ComponentId == "B" && p.Message.Contains("duplicate key"));
    }

    [Fact]
    public void Parse_SameKeyAtRootAndInsideList_IsAllowed()
    {
        TestForms.With("""
            { "type": "number", "id": "A", "key": "amount" },
            { "type": "dynamiclist", "id": "L", "path": "items", "components": [ { "type": "number", "id": "B", "key": "amount" } ] }
            """);
    }

    [Fact]
    public void Parse_KeyCollidingWithGroupPath_ReportsConflict()
    {
        var result = FormSchemaParser.Parse("""
            { "components": [ { "type": "textfield", "id": "A", "key": "address" },
              { "type": "group", "id": "G", "path": "address", "components": [ { "type": "textfield", "id": "B", "key": "street" } ] } ] }
            """);

        Assert.Contains(result.Problems, p => p.Message.Contains("conflicts"));
    }

    [Fact]
    public void Parse_DuplicateComponentIds_ReportsProblem()
    {
        var result = FormSchemaParser.Parse("""
            { "components": [ { "type": "textfield", "id": "A", "key": "a" }, { "type": "textfield", "id": "A", "key": "b" } ] }
            """);

        Assert.Contains(result.Problems, p => p.Message.Contains("duplicate component id"));
    }

    [Theory]
    [InlineData("""{ "type": "textfield", "id": "A", "key": "a", "conditional": { "hide": "=a >" } }""", "conditional.hide")]
    [InlineData("""{ "type": "expression", "id": "A", "key": "a", "expression": "=1 +* 2" }""", "expression")]
    [InlineData("""{ "type": "number", "id": "A", "key": "a", "validate": { "max": "=(limit" } }""", "validate.max")]
    [InlineData("""{ "type": "select", "id": "A", "key": "a", "valuesExpression": "=[1, 2" }""", "valuesExpression")]
    public void Parse_InvalidFeel_ReportsProblemOnTheField(string component, string property)
    {
        var result = FormSchemaParser.Parse($$"""{ "components": [ {{component}} ] }""");

        var problem = Assert.Single(result.Problems);
        Assert.Equal("A", problem.ComponentId);
        Assert.Equal("a", problem.Key);
        Assert.Contains(property, problem.Message);
    }

    [Fact]
    public void Parse_ConditionWithoutEqualsSign_IsRejected()
    {
        var result = FormSchemaParser.Parse("""{ "components": [ { "type": "textfield", "id": "A", "key": "a", "conditional": { "hide": "b > 1" } } ] }""");

        Assert.Contains("'='", Assert.Single(result.Problems).Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not json")]
    [InlineData("[]")]
    [InlineData("{}")]
    [InlineData("""{ "components": {} }""")]
    [InlineData("""{ "components": [ 1 ] }""")]
    [InlineData("""{ "type": "custom", "components": [] }""")]
    public void Parse_MalformedSchema_ReportsProblemAndNoSchema(string json)
    {
        var result = FormSchemaParser.Parse(json);

        Assert.Null(result.Schema);
        Assert.NotEmpty(result.Problems);
    }

    [Theory]
    [InlineData("""{ "type": "textfield", "id": "A" }""")]
    [InlineData("""{ "type": "textfield", "id": "A", "key": "a b" }""")]
    [InlineData("""{ "type": "textfield", "id": "A", "key": "a..b" }""")]
    [InlineData("""{ "type": "dynamiclist", "id": "A", "components": [] }""")]
    [InlineData("""{ "type": "textfield", "id": "A", "key": "a", "validate": { "pattern": "[unclosed" } }""")]
    [InlineData("""{ "type": "textfield", "id": "A", "key": "a", "validate": { "validationType": "iban" } }""")]
    [InlineData("""{ "type": "number", "id": "A", "key": "a", "validate": { "min": "ten" } }""")]
    [InlineData("""{ "type": "oa-related-record", "id": "A", "key": "a" }""")]
    [InlineData("""{ "type": "expression", "id": "A", "key": "a" }""")]
    public void Parse_InvalidComponent_ReportsProblem(string component)
    {
        var result = FormSchemaParser.Parse($$"""{ "components": [ {{component}} ] }""");

        Assert.Null(result.Schema);
        Assert.Contains(result.Problems, p => p.ComponentId == "A");
    }

    [Fact]
    public void Parse_DottedKeyAndGroupWithoutPath_NestOnlyByKey()
    {
        var schema = TestForms.With("""
            { "type": "group", "id": "G", "components": [ { "type": "textfield", "id": "A", "key": "applicant.name" } ] }
            """);

        var field = schema.AllComponents().Single(c => c.Id == "A");
        Assert.Equal(["applicant", "name"], field.DataPath);
        Assert.Equal("applicant.name", field.FullPath);
    }

    [Fact]
    public void Parse_ConditionsHidingEachOther_ReportsCycle()
    {
        var result = FormSchemaParser.Parse("""
            { "components": [
              { "type": "textfield", "id": "A", "key": "a", "conditional": { "hide": "=b = \"x\"" } },
              { "type": "textfield", "id": "B", "key": "b", "conditional": { "hide": "=a = \"y\"" } },
              { "type": "textfield", "id": "C", "key": "c", "conditional": { "hide": "=c = \"self\"" } } ] }
            """);

        var problem = Assert.Single(result.Problems);
        Assert.Contains("cycle", problem.Message);
        Assert.Contains("a → b", problem.Message);
    }

    [Fact]
    public void Parse_ExpressionCycleInsideListRow_ReportsCycle()
    {
        var result = FormSchemaParser.Parse("""
            { "components": [ { "type": "dynamiclist", "id": "L", "path": "rows", "components": [
              { "type": "expression", "id": "A", "key": "a", "expression": "=this.b + 1" },
              { "type": "expression", "id": "B", "key": "b", "expression": "=this.a + 1" } ] } ] }
            """);

        Assert.Contains("cycle", Assert.Single(result.Problems).Message);
    }

    [Fact]
    public void Parse_RowFieldReadingItsSiblingWithThis_IsNotACycle()
    {
        TestForms.With("""
            { "type": "expression", "id": "T", "key": "amount", "expression": "=sum(items.amount)" },
            { "type": "dynamiclist", "id": "L", "path": "items", "components": [
              { "type": "number", "id": "A", "key": "amount", "conditional": { "hide": "=this.amount < 0" } } ] }
            """);
    }

    [Fact]
    public void Parse_RowConditionOnRootValueComputedFromTheRows_ReportsCycle()
    {
        // In a row a bare name is the root data (form-js), so `amount` here is the root total.
        var result = FormSchemaParser.Parse("""
            { "components": [
              { "type": "expression", "id": "T", "key": "amount", "expression": "=sum(items.amount)" },
              { "type": "dynamiclist", "id": "L", "path": "items", "components": [
                { "type": "number", "id": "A", "key": "amount", "conditional": { "hide": "=amount > 100" } } ] } ] }
            """);

        Assert.Contains("cycle", Assert.Single(result.Problems).Message);
    }

    [Fact]
    public void Parse_RelatedRecordMappingToUnknownKey_ReportsProblem()
    {
        var result = FormSchemaParser.Parse("""
            { "components": [ { "type": "oa-related-record", "id": "R", "key": "contract", "ledgerKey": "contracts",
              "fieldMap": { "name": "contractName" } } ] }
            """);

        Assert.Contains("contractName", Assert.Single(result.Problems).Message);
    }
}
