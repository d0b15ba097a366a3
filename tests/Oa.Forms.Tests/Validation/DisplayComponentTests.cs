using Oa.Forms.Schema;
using Oa.Forms.Tests.Support;

namespace Oa.Forms.Tests.Validation;

public class DisplayComponentTests
{
    [Theory]
    [InlineData("""{ "type": "text", "id": "D", "text": "说明 {{amount}}" }""", ComponentKind.Text)]
    [InlineData("""{ "type": "html", "id": "D", "content": "<p>x</p>" }""", ComponentKind.Html)]
    [InlineData("""{ "type": "image", "id": "D", "source": "=logo", "alt": "logo" }""", ComponentKind.Image)]
    [InlineData("""{ "type": "spacer", "id": "D", "height": 60 }""", ComponentKind.Spacer)]
    [InlineData("""{ "type": "separator", "id": "D" }""", ComponentKind.Separator)]
    [InlineData("""{ "type": "iframe", "id": "D", "url": "https://example.invalid", "security": { "allowScripts": false } }""", ComponentKind.Iframe)]
    [InlineData("""{ "type": "button", "id": "D", "key": "submit", "action": "submit", "label": "提交" }""", ComponentKind.Button)]
    [InlineData("""{ "type": "table", "id": "D", "dataSource": "=items", "columnsExpression": "=cols" }""", ComponentKind.Table)]
    [InlineData("""{ "type": "documentPreview", "id": "D", "dataSource": "=docs", "maxHeight": 400 }""", ComponentKind.DocumentPreview)]
    public void DisplayComponent_Parses_AndNeverContributesData(string component, ComponentKind kind)
    {
        var schema = TestForms.With(component + """, { "type": "number", "id": "N", "key": "amount" }""");

        var result = TestForms.Submit(schema, """{ "amount": 1, "D": "x", "submit": true, "items": [1] }""");

        Assert.Equal(kind, schema.Components[0].Kind);
        TestForms.Valid(result);
        Assert.Equal(["amount"], result.Data.Select(p => p.Key));
    }

    [Fact]
    public void Table_ColumnsExpressionWithoutEquals_IsRejected() =>
        Assert.NotEmpty(FormSchemaParser.Parse("""{ "components": [ { "type": "table", "id": "T", "columnsExpression": "cols" } ] }""").Problems);

    [Fact]
    public void EmptyValuesKey_FallsBackToStaticValues()
    {
        var schema = TestForms.With("""{ "type": "select", "id": "S", "key": "s", "valuesKey": "", "values": [ { "label": "A", "value": "a" } ] }""");

        TestForms.Valid(TestForms.Submit(schema, """{ "s": "a" }"""));
    }
}
