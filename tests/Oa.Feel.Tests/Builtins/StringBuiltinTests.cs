namespace Oa.Feel.Tests.Builtins;

public class StringBuiltinTests
{
    [Theory]
    [InlineData("substring(\"foobar\", 3)", "\"obar\"")]
    [InlineData("substring(\"foobar\", 3, 3)", "\"oba\"")]
    [InlineData("substring(\"foobar\", -2, 1)", "\"a\"")]
    [InlineData("string length(\"中文字\")", "3")]
    [InlineData("upper case(\"aBc\")", "\"ABC\"")]
    [InlineData("lower case(\"aBc\")", "\"abc\"")]
    [InlineData("substring before(\"foobar\", \"bar\")", "\"foo\"")]
    [InlineData("substring after(\"foobar\", \"ob\")", "\"ar\"")]
    [InlineData("substring after(\"foobar\", \"x\")", "\"\"")]
    [InlineData("contains(\"foobar\", \"ob\")", "true")]
    [InlineData("starts with(\"foobar\", \"fo\")", "true")]
    [InlineData("ends with(\"foobar\", \"r\")", "true")]
    [InlineData("matches(\"foobar\", \"^fo*b\")", "true")]
    [InlineData("matches(\"FOO\", \"foo\", \"i\")", "true")]
    [InlineData("matches(\"a.b\", \".\", \"q\")", "true")]
    [InlineData("replace(\"abcd\", \"(ab)|(a)\", \"[1=$1][2=$2]\")", "\"[1=ab][2=]cd\"")]
    [InlineData("replace(\"a.b\", \"\\\\.\", \"\\\\$\")", "\"a$b\"")]
    [InlineData("split(\"John  Doe\", \"\\\\s+\")", "[\"John\", \"Doe\"]")]
    [InlineData("extract(\"a1b22\", \"[0-9]+\")", "[\"1\", \"22\"]")]
    [InlineData("string join([\"a\", \"b\"], \", \")", "\"a, b\"")]
    [InlineData("string join([\"a\", null, \"b\"])", "\"ab\"")]
    [InlineData("string join([\"a\"], \", \", \"[\", \"]\")", "\"[a]\"")]
    [InlineData("trim(\"  a  \")", "\"a\"")]
    [InlineData("is blank(\"  \")", "true")]
    [InlineData("pad left(\"7\", 3, \"0\")", "\"007\"")]
    [InlineData("string(1.50)", "\"1.5\"")]
    [InlineData("string(date(\"2024-01-01\"))", "\"2024-01-01\"")]
    [InlineData("string([1, \"a\"])", "\"[1, \"a\"]\"")]
    public void StringBuiltins_Work(string expression, string expected) => Assert.Equal(expected, Feel.Show(expression));

    [Fact]
    public void Matches_WithInvalidPattern_IsNullWithError()
    {
        var r = FeelEngine.Default.Evaluate("matches(\"a\", \"(\")");
        Assert.Null(r.Value);
        Assert.Contains("regular expression", r.Error);
    }

    [Fact]
    public void Matches_WithCatastrophicPattern_TimesOut()
    {
        var engine = new FeelEngine(new FeelOptions { RegexTimeout = TimeSpan.FromMilliseconds(50) });
        var r = engine.Evaluate("matches(\"" + new string('a', 40) + "!\", \"^(a+)+$\")");
        Assert.Null(r.Value);
        Assert.Contains("timed out", r.Error);
    }

    [Fact]
    public void StringFunction_WithWrongType_IsNullWithError()
    {
        var r = FeelEngine.Default.Evaluate("upper case(1)");
        Assert.Null(r.Value);
        Assert.Contains("upper case", r.Error);
    }
}
