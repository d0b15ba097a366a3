using Oa.Forms.Schema;

namespace Oa.Forms.Tests.Schema;

/// <summary>
/// Every '='-prefixed string of a component is FEEL to form-js (a label, a description, a text view's text), so the
/// parser refuses a broken one whatever path publishes the form — with the component, its path and the property.
/// </summary>
public class FeelStringsTests
{
    private static FormParseResult Parse(string components) =>
        FormSchemaParser.Parse($$"""{ "type": "default", "id": "F", "components": [ {{components}} ] }""");

    [Fact]
    public void BrokenFeelLabel_IsRefused_WithComponentPathAndProperty()
    {
        var result = Parse("""{ "type": "number", "id": "Field_amount", "key": "amount", "label": "=\"金额\" +" }""");

        Assert.False(result.Success);
        var problem = Assert.Single(result.Problems);
        Assert.Equal(("Field_amount", "amount", "amount"), (problem.ComponentId, problem.Key, problem.Path));
        Assert.StartsWith("label 的 FEEL 表达式有误 / invalid FEEL in label", problem.Message);
    }

    [Fact]
    public void BrokenFeelInNestedPropertyOfListRow_NamesRowPathAndDottedProperty()
    {
        var result = Parse("""
            { "type": "dynamiclist", "id": "List_items", "path": "items", "components": [
              { "type": "textfield", "id": "Field_name", "key": "name", "description": "=if then",
                "appearance": { "prefixAdorner": "=1 +" } } ] }
            """);

        Assert.False(result.Success);
        Assert.Equal(["description", "appearance.prefixAdorner"], result.Problems.Select(p => p.Message.Split(' ')[0]));
        Assert.All(result.Problems, p => Assert.Equal(("Field_name", "items.name"), (p.ComponentId, p.Path)));
    }

    [Fact]
    public void BrokenFeelTextOfTextView_AndEmptyFeel_AreRefused()
    {
        var result = Parse("""
            { "type": "text", "id": "Text_1", "text": "=amount >" },
            { "type": "textfield", "id": "Field_x", "key": "x", "label": "=" }
            """);

        Assert.Equal(["Text_1", "Field_x"], result.Problems.Select(p => p.ComponentId));
    }

    [Fact]
    public void ValidFeelLabelAndPlainText_Publish()
    {
        var result = Parse("""
            { "type": "number", "id": "Field_amount", "key": "amount", "label": "金额 = 单价 × 数量" },
            { "type": "text", "id": "Text_sum", "text": "=\"合计：\" + string(amount)", "description": "= amount > 0" }
            """);

        Assert.True(result.Success, string.Join("; ", result.Problems));
    }

    [Fact]
    public void BrokenHideIf_IsReportedOnce()
    {
        var result = Parse("""{ "type": "textfield", "id": "Field_x", "key": "x", "conditional": { "hide": "=amount <" } }""");

        var problem = Assert.Single(result.Problems);
        Assert.StartsWith("conditional.hide 的 FEEL", problem.Message);
    }
}
