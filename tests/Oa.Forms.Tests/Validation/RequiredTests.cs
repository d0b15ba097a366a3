using Oa.Forms.Tests.Support;

namespace Oa.Forms.Tests.Validation;

public class RequiredTests
{
    [Theory]
    [InlineData("{}")]
    [InlineData("""{ "name": null }""")]
    [InlineData("""{ "name": "" }""")]
    public void Required_EmptyTextfield_ReturnsFieldError(string data)
    {
        var schema = TestForms.With("""{ "type": "textfield", "id": "A", "key": "name", "validate": { "required": true } }""");

        var error = TestForms.Single(TestForms.Submit(schema, data));

        Assert.Equal("name", error.Path);
        Assert.Equal("required", error.Code);
        Assert.Equal("此项为必填项", error.MessageZh);
        Assert.Equal("This field is required.", error.MessageEn);
        Assert.Equal(error.MessageZh, error.Message());
        Assert.Equal(error.MessageEn, error.Message("en-US"));
    }

    [Fact]
    public void Required_FilledTextfield_IsValid() =>
        TestForms.Valid(TestForms.Submit(
            TestForms.With("""{ "type": "textfield", "id": "A", "key": "name", "validate": { "required": true } }"""),
            """{ "name": "张三" }"""));

    [Fact]
    public void Required_UntickedCheckbox_ReturnsFieldError()
    {
        var schema = TestForms.With("""{ "type": "checkbox", "id": "A", "key": "agree", "validate": { "required": true } }""");

        Assert.Equal("required", TestForms.Single(TestForms.Submit(schema, """{ "agree": false }""")).Code);
        TestForms.Valid(TestForms.Submit(schema, """{ "agree": true }"""));
    }

    [Fact]
    public void Required_EmptyChecklist_ReturnsFieldError()
    {
        var schema = TestForms.With("""
            { "type": "checklist", "id": "A", "key": "tags", "validate": { "required": true }, "values": [ { "label": "A", "value": "a" } ] }
            """);

        Assert.Equal("required", TestForms.Single(TestForms.Submit(schema, """{ "tags": [] }""")).Code);
    }

    [Fact]
    public void Required_MissingNumber_ReturnsFieldError()
    {
        var schema = TestForms.With("""{ "type": "number", "id": "A", "key": "days", "validate": { "required": true } }""");

        Assert.Equal("required", TestForms.Single(TestForms.Submit(schema, "{}")).Code);
        TestForms.Valid(TestForms.Submit(schema, """{ "days": 0 }"""));
    }

    [Fact]
    public void NotRequired_EmptyValues_AreValid()
    {
        var schema = TestForms.With("""
            { "type": "textfield", "id": "A", "key": "a", "validate": { "minLength": 3, "pattern": "^x" } },
            { "type": "number", "id": "B", "key": "b", "validate": { "min": 1 } },
            { "type": "datetime", "id": "C", "key": "c", "subtype": "date" }
            """);

        TestForms.Valid(TestForms.Submit(schema, """{ "a": "", "b": null }"""));
    }

    [Theory]
    [InlineData("number")]
    [InlineData("oa-money")]
    [InlineData("checkbox")]
    public void NotRequired_EmptyStringForNonText_IsTypeError(string type) =>
        Assert.Equal("type", TestForms.Single(TestForms.Submit(
            TestForms.With($$"""{ "type": "{{type}}", "id": "A", "key": "v" }"""), """{ "v": "" }""")).Code);
}
