using Oa.Forms.Tests.Support;

namespace Oa.Forms.Tests.Validation;

public class TextRulesTests
{
    private static string Field(string validate) =>
        $$"""{ "type": "textfield", "id": "A", "key": "v", "validate": {{validate}} }""";

    [Theory]
    [InlineData("""{ "minLength": 3 }""", "ab", "minLength")]
    [InlineData("""{ "minLength": 3 }""", "  ab  ", "minLength")]
    [InlineData("""{ "maxLength": 3 }""", "abcd", "maxLength")]
    [InlineData("""{ "maxLength": 2 }""", "张三丰", "maxLength")]
    [InlineData("""{ "pattern": "^[A-Z]{2}[0-9]+$" }""", "ab12", "pattern")]
    [InlineData("""{ "validationType": "email" }""", "zhang.san@", "email")]
    [InlineData("""{ "validationType": "email" }""", "zhang san@example.com", "email")]
    [InlineData("""{ "validationType": "email" }""", "张三@example.com", "email")]
    [InlineData("""{ "validationType": "phone" }""", "12345", "phone")]
    [InlineData("""{ "validationType": "phone" }""", "12800138000", "phone")]
    [InlineData("""{ "validationType": "phone" }""", "1380013800", "phone")]
    public void TextRule_ViolatingValue_ReturnsFieldError(string validate, string value, string code)
    {
        var schema = TestForms.With(Field(validate));

        var error = TestForms.Single(TestForms.Submit(schema, $$"""{ "v": "{{value}}" }"""));

        Assert.Equal(code, error.Code);
        Assert.Equal("v", error.Path);
    }

    [Theory]
    [InlineData("""{ "minLength": 3, "maxLength": 5 }""", "abcde")]
    [InlineData("""{ "pattern": "[0-9]" }""", "abc1def")]
    [InlineData("""{ "validationType": "email" }""", "zhang.san@example.com.cn")]
    [InlineData("""{ "validationType": "phone" }""", "13800138000")]
    [InlineData("""{ "validationType": "phone" }""", "+86 138-0013-8000")]
    [InlineData("""{ "validationType": "phone" }""", "010-88886666")]
    [InlineData("""{ "validationType": "phone" }""", "+49 30 1234567")]
    public void TextRule_SatisfyingValue_IsValid(string validate, string value) =>
        TestForms.Valid(TestForms.Submit(TestForms.With(Field(validate)), $$"""{ "v": "{{value}}" }"""));

    [Fact]
    public void Pattern_WithCustomMessage_UsesIt()
    {
        var schema = TestForms.With(Field("""{ "pattern": "^HT-[0-9]{4}$", "patternErrorMessage": "合同编号格式为 HT-0000" }"""));

        var error = TestForms.Single(TestForms.Submit(schema, """{ "v": "HT-12" }"""));

        Assert.Equal("合同编号格式为 HT-0000", error.MessageZh);
        Assert.Equal("合同编号格式为 HT-0000", error.MessageEn);
    }

    [Fact]
    public void Textfield_NumberValue_IsTypeErrorNotConverted()
    {
        var result = TestForms.Submit(TestForms.With(Field("{}")), """{ "v": 12 }""");

        Assert.Equal("type", TestForms.Single(result).Code);
        Assert.False(result.Data.ContainsKey("v"));
    }

    [Fact]
    public void Textarea_LongText_ChecksMaxLength()
    {
        var schema = TestForms.With("""{ "type": "textarea", "id": "A", "key": "v", "validate": { "maxLength": 10 } }""");

        Assert.Equal("maxLength", TestForms.Single(TestForms.Submit(schema, """{ "v": "一二三四五六七八九十一" }""")).Code);
    }

    [Fact]
    public void MinLength_FeelLimit_EvaluatedAgainstVariables()
    {
        var schema = TestForms.With(Field("""{ "minLength": "=minimum" }"""));
        var ctx = Oa.Forms.Validation.FormContext.Empty with { Variables = TestForms.Obj("""{ "minimum": 4 }""") };

        Assert.Equal("minLength", TestForms.Single(TestForms.Submit(schema, """{ "v": "abc" }""", ctx)).Code);
    }

    [Fact]
    public void Pattern_CatastrophicBacktracking_TimesOutAsMismatch()
    {
        var schema = TestForms.With(Field("""{ "pattern": "^(a+)+$" }"""));

        var error = TestForms.Single(TestForms.Submit(schema, $$"""{ "v": "{{new string('a', 40)}}!" }"""));

        Assert.Equal("pattern", error.Code);
    }
}
