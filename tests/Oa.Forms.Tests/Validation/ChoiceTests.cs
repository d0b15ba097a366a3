using Oa.Forms.Tests.Support;
using Oa.Forms.Validation;

namespace Oa.Forms.Tests.Validation;

public class ChoiceTests
{
    private const string Values = """ "values": [ { "label": "事假", "value": "personal" }, { "label": "年假", "value": "annual" }, { "label": "三", "value": 3 } ] """;

    [Theory]
    [InlineData("select", "\"annual\"", true)]
    [InlineData("select", "\"sick\"", false)]
    [InlineData("radio", "3", true)]
    [InlineData("radio", "\"3\"", false)]
    [InlineData("radio", "3.0", true)]
    public void SingleChoice_StaticValues_ChecksMembership(string type, string value, bool valid)
    {
        var schema = TestForms.With($$"""{ "type": "{{type}}", "id": "A", "key": "c", {{Values}} }""");

        var result = TestForms.Submit(schema, $$"""{ "c": {{value}} }""");

        Assert.Equal(valid, result.IsValid);
        if (!valid) Assert.Equal("option", Assert.Single(result.Errors).Code);
    }

    [Theory]
    [InlineData("checklist", """["personal", "annual"]""", true)]
    [InlineData("checklist", """["personal", "other"]""", false)]
    [InlineData("taglist", """["annual"]""", true)]
    [InlineData("taglist", """["nope"]""", false)]
    public void MultiChoice_StaticValues_ChecksEveryItem(string type, string value, bool valid)
    {
        var schema = TestForms.With($$"""{ "type": "{{type}}", "id": "A", "key": "c", {{Values}} }""");

        Assert.Equal(valid, TestForms.Submit(schema, $$"""{ "c": {{value}} }""").IsValid);
    }

    [Theory]
    [InlineData("checklist", "\"personal\"")]
    [InlineData("taglist", "[[\"personal\"]]")]
    [InlineData("select", "[\"personal\"]")]
    [InlineData("radio", "{ \"value\": \"personal\" }")]
    public void Choice_WrongShape_IsTypeError(string type, string value)
    {
        var schema = TestForms.With($$"""{ "type": "{{type}}", "id": "A", "key": "c", {{Values}} }""");

        Assert.Equal("type", TestForms.Single(TestForms.Submit(schema, $$"""{ "c": {{value}} }""")).Code);
    }

    [Fact]
    public void Select_ValuesKey_ReadsOptionsFromVariables()
    {
        var schema = TestForms.With("""{ "type": "select", "id": "A", "key": "city", "valuesKey": "cities" }""");
        var ctx = FormContext.Empty with
        {
            Variables = TestForms.Obj("""{ "cities": [ { "label": "北京", "value": "bj" }, { "label": "上海", "value": "sh" } ] }"""),
        };

        TestForms.Valid(TestForms.Submit(schema, """{ "city": "sh" }""", ctx));
        Assert.Equal("option", TestForms.Single(TestForms.Submit(schema, """{ "city": "gz" }""", ctx)).Code);
    }

    [Fact]
    public void Select_ValuesKeyMissing_AcceptsNothing()
    {
        var schema = TestForms.With("""{ "type": "select", "id": "A", "key": "city", "valuesKey": "cities" }""");

        Assert.Equal("option", TestForms.Single(TestForms.Submit(schema, """{ "city": "sh" }""")).Code);
    }

    [Fact]
    public void Taglist_ValuesExpression_EvaluatesOptions()
    {
        var schema = TestForms.With("""{ "type": "taglist", "id": "A", "key": "t", "valuesExpression": "=for x in [1,2,3] return { label: string(x), value: x }" }""");

        TestForms.Valid(TestForms.Submit(schema, """{ "t": [1, 3] }"""));
        Assert.Equal("option", TestForms.Single(TestForms.Submit(schema, """{ "t": [4] }""")).Code);
    }

    [Fact]
    public void Radio_PlainStringOptionsFromVariables_AreAccepted()
    {
        var schema = TestForms.With("""{ "type": "radio", "id": "A", "key": "r", "valuesKey": "levels" }""");
        var ctx = FormContext.Empty with { Variables = TestForms.Obj("""{ "levels": ["高", "中", "低"] }""") };

        TestForms.Valid(TestForms.Submit(schema, """{ "r": "中" }""", ctx));
    }

    [Fact]
    public void Checkbox_StringValue_IsTypeError() =>
        Assert.Equal("type", TestForms.Single(TestForms.Submit(
            TestForms.With("""{ "type": "checkbox", "id": "A", "key": "b" }"""), """{ "b": "true" }""")).Code);
}
