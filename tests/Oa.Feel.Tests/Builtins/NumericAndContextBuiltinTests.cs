namespace Oa.Feel.Tests.Builtins;

public class NumericAndContextBuiltinTests
{
    [Theory]
    [InlineData("decimal(2.5, 0)", "2")]
    [InlineData("decimal(1/3, 2)", "0.33")]
    [InlineData("floor(-1.5)", "-2")]
    [InlineData("floor(5.678, 2)", "5.67")]
    [InlineData("ceiling(1.2)", "2")]
    [InlineData("round up(-5.5, 0)", "-6")]
    [InlineData("round up(1.121, 2)", "1.13")]
    [InlineData("round down(-5.5, 0)", "-5")]
    [InlineData("round half up(-5.5, 0)", "-6")]
    [InlineData("round half up(1.125, 2)", "1.13")]
    [InlineData("round half down(-5.5, 0)", "-5")]
    [InlineData("round half down(1.126, 2)", "1.13")]
    [InlineData("abs(-1.5)", "1.5")]
    [InlineData("abs(duration(\"-P1D\"))", "P1D")]
    [InlineData("modulo(12, 5)", "2")]
    [InlineData("modulo(-12, 5)", "3")]
    [InlineData("modulo(12, -5)", "-3")]
    [InlineData("modulo(10.1, 4.5)", "1.1")]
    [InlineData("sqrt(16)", "4")]
    [InlineData("sqrt(-1)", "null")]
    [InlineData("exp(0)", "1")]
    [InlineData("odd(5)", "true")]
    [InlineData("even(2)", "true")]
    [InlineData("number(\"1,000.5\", \",\", \".\")", "1000.5")]
    [InlineData("number(\"abc\")", "null")]
    public void NumericBuiltins_Work(string expression, string expected) => Assert.Equal(expected, Feel.Show(expression));

    [Theory]
    [InlineData("get value({a: 1}, \"a\")", "1")]
    [InlineData("get value({a: {b: 1}}, [\"a\", \"b\"])", "1")]
    [InlineData("get entries({a: 1})", "[{key: \"a\", value: 1}]")]
    [InlineData("context([{key: \"a\", value: 1}])", "{a: 1}")]
    [InlineData("context put({a: 1}, \"b\", 2)", "{a: 1, b: 2}")]
    [InlineData("context put({a: {b: 1}}, [\"a\", \"c\"], 2)", "{a: {b: 1, c: 2}}")]
    [InlineData("context merge([{a: 1}, {a: 2, b: 3}])", "{a: 2, b: 3}")]
    [InlineData("get or else(null, \"d\")", "\"d\"")]
    [InlineData("get or else(1, 2)", "1")]
    [InlineData("is(1, 1.0)", "true")]
    [InlineData("is(1, \"1\")", "false")]
    [InlineData("is(@\"10:00:00+01:00\", @\"09:00:00Z\")", "false")]
    [InlineData("is(date(\"2024-01-01\"), @\"2024-01-01\")", "true")]
    public void ContextBuiltins_Work(string expression, string expected) => Assert.Equal(expected, Feel.Show(expression));

    [Theory]
    [InlineData("is defined(x)", true)]
    [InlineData("is defined(nothing)", false)]
    [InlineData("is defined(missing)", false)]
    [InlineData("is defined(ctx.a)", false)]
    [InlineData("is defined(ctx.b)", true)]
    [InlineData("is defined(ctx.zz)", false)]
    [InlineData("is defined(missing.a)", false)]
    [InlineData("is defined(1)", true)]
    public void IsDefined_IsFalseForNullAndMissing(string expression, bool expected) =>
        Assert.Equal(expected, Feel.Eval(expression, new Dictionary<string, object?>
        {
            ["x"] = 1, ["nothing"] = null, ["ctx"] = new Dictionary<string, object?> { ["a"] = null, ["b"] = 2 },
        }));
}
