namespace Oa.Feel.Tests.Language;

public class ArithmeticTests
{
    [Fact]
    public void Addition_OfDecimals_IsExact() => Assert.Equal(0.3m, Feel.Eval("0.1 + 0.2"));

    [Fact]
    public void Division_KeepsDecimalPrecision() => Assert.Equal(1m / 3m, Feel.Eval("1 / 3"));

    [Fact]
    public void Division_ByZero_IsNullWithError()
    {
        var r = FeelEngine.Default.Evaluate("1 / 0");
        Assert.Null(r.Value);
        Assert.Contains("division by zero", r.Error);
    }

    [Fact]
    public void Addition_OfNumberAndString_IsNullWithError()
    {
        var r = FeelEngine.Default.Evaluate("1 + \"a\"");
        Assert.Null(r.Value);
        Assert.True(r.IsError);
    }

    [Fact]
    public void Addition_WithNull_IsNull() => Assert.Null(Feel.Eval("1 + null"));

    [Fact]
    public void Plus_OnStrings_Concatenates() => Assert.Equal("ab", Feel.Eval("\"a\" + \"b\""));

    [Theory]
    [InlineData("2 ** 10", "1024")]
    [InlineData("2 ** -2", "0.25")]
    [InlineData("-2 ** 2", "4")]
    [InlineData("2 ** 3 ** 2", "64")]
    [InlineData("9 ** 0.5", "3")]
    public void Power_FollowsPrecedenceAndAssociativity(string expression, string expected) => Assert.Equal(expected, Feel.Show(expression));

    [Theory]
    [InlineData("1 + 2 * 3", "7")]
    [InlineData("(1 + 2) * 3", "9")]
    [InlineData("10 - 4 - 3", "3")]
    [InlineData("12 / 3 / 2", "2")]
    [InlineData("-(1 + 2)", "-3")]
    [InlineData("x - -y", "7")]
    public void Operators_RespectPrecedence(string expression, string expected) =>
        Assert.Equal(expected, Feel.Show(expression, new Dictionary<string, object?> { ["x"] = 5, ["y"] = 2 }));

    [Fact]
    public void Overflow_IsNullWithError()
    {
        var r = FeelEngine.Default.Evaluate("79228162514264337593543950335 * 10");
        Assert.Null(r.Value);
        Assert.Contains("overflow", r.Error);
    }

    [Fact]
    public void Variables_OfDotNetNumericTypes_BecomeDecimals() =>
        Assert.Equal(4.5m, Feel.Eval("a + b + c", new Dictionary<string, object?> { ["a"] = 1, ["b"] = 2L, ["c"] = 1.5 }));
}
