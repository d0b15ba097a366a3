using Oa.Forms.Tests.Support;
using Oa.Forms.Validation;

namespace Oa.Forms.Tests.Validation;

public class NumberTests
{
    private static string Field(string extra) => $$"""{ "type": "number", "id": "A", "key": "n"{{extra}} }""";

    [Theory]
    [InlineData("", "\"12\"", "type")]
    [InlineData("", "true", "type")]
    [InlineData("", "[1]", "type")]
    [InlineData("", "1e400", "type")]
    [InlineData(""", "decimalDigits": 2""", "1.234", "decimalDigits")]
    [InlineData(""", "decimalDigits": 0""", "1.5", "decimalDigits")]
    [InlineData(""", "increment": 0.5""", "1.25", "increment")]
    [InlineData(""", "validate": { "min": 1 }""", "0", "min")]
    [InlineData(""", "validate": { "min": -5 }""", "-5.01", "min")]
    [InlineData(""", "validate": { "max": 100 }""", "100.01", "max")]
    public void Number_InvalidValue_ReturnsFieldError(string extra, string value, string code)
    {
        var error = TestForms.Single(TestForms.Submit(TestForms.With(Field(extra)), $$"""{ "n": {{value}} }"""));

        Assert.Equal(code, error.Code);
    }

    [Theory]
    [InlineData(""", "decimalDigits": 2""", "1.50")]
    [InlineData(""", "decimalDigits": 2""", "100")]
    [InlineData(""", "increment": 0.5""", "2.5")]
    [InlineData(""", "validate": { "min": 1, "max": 100 }""", "100")]
    [InlineData(""", "validate": { "min": 0 }""", "0")]
    public void Number_ValidValue_IsKeptAsNumber(string extra, string value)
    {
        var result = TestForms.Submit(TestForms.With(Field(extra)), $$"""{ "n": {{value}} }""");

        TestForms.Valid(result);
        Assert.Equal(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), result.Data["n"]!.GetValue<decimal>());
    }

    [Fact]
    public void Number_SerializeToString_AcceptsNumericStringOnly()
    {
        var schema = TestForms.With(Field(""", "serializeToString": true"""));

        TestForms.Valid(TestForms.Submit(schema, """{ "n": "12.5" }"""));
        Assert.Equal("type", TestForms.Single(TestForms.Submit(schema, """{ "n": "12,5" }""")).Code);
    }

    [Fact]
    public void Max_FeelLimit_UsesOtherFieldValue()
    {
        var schema = TestForms.With("""
            { "type": "number", "id": "B", "key": "budget" },
            { "type": "number", "id": "A", "key": "n", "validate": { "max": "=budget * 0.1" } }
            """);

        var error = TestForms.Single(TestForms.Submit(schema, """{ "budget": 1000, "n": 100.5 }"""));
        Assert.Equal("max", error.Code);
        Assert.Contains("100", error.MessageZh);
        TestForms.Valid(TestForms.Submit(schema, """{ "budget": 1000, "n": 100 }"""));
    }

    [Fact]
    public void Min_FeelLimitThatFails_IsIgnoredLikeTheBrowser()
    {
        var schema = TestForms.With(Field(""", "validate": { "min": "=missing.value" }"""));

        TestForms.Valid(TestForms.Submit(schema, """{ "n": -1 }"""));
    }

    [Fact]
    public void OaMoney_ThreeDecimals_ReturnsDecimalDigitsError()
    {
        var schema = TestForms.With("""{ "type": "oa-money", "id": "A", "key": "m" }""");

        Assert.Equal("decimalDigits", TestForms.Single(TestForms.Submit(schema, """{ "m": 12.345 }""")).Code);
        TestForms.Valid(TestForms.Submit(schema, """{ "m": 12.34 }"""));
        Assert.Equal("type", TestForms.Single(TestForms.Submit(schema, """{ "m": "12.34" }""")).Code);
    }
}
