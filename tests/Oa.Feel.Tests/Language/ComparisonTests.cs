namespace Oa.Feel.Tests.Language;

public class ComparisonTests
{
    [Theory]
    [InlineData("1 < 2", true)]
    [InlineData("2 <= 2", true)]
    [InlineData("3 > 4", false)]
    [InlineData("1 = 1.0", true)]
    [InlineData("\"a\" < \"b\"", true)]
    [InlineData("\"a\" != \"b\"", true)]
    [InlineData("null = null", true)]
    [InlineData("1 = null", false)]
    [InlineData("[1, [2]] = [1, [2]]", true)]
    [InlineData("{a: 1, b: 2} = {b: 2, a: 1}", true)]
    [InlineData("{a: 1} = {a: 1, b: 2}", false)]
    [InlineData("date(\"2024-01-01\") < date(\"2024-01-02\")", true)]
    [InlineData("duration(\"P1Y\") = duration(\"P12M\")", true)]
    [InlineData("duration(\"P1D\") > duration(\"PT23H\")", true)]
    [InlineData("time(\"10:00:00+01:00\") = time(\"09:00:00Z\")", true)]
    [InlineData("date and time(\"2024-01-01T10:00:00+01:00\") = date and time(\"2024-01-01T09:00:00Z\")", true)]
    public void Comparison_OfSameTypes_Works(string expression, bool expected) => Assert.Equal(expected, Feel.Eval(expression));

    [Theory]
    [InlineData("1 < \"a\"")]
    [InlineData("1 = \"1\"")]
    [InlineData("true < false")]
    [InlineData("null < 1")]
    [InlineData("date(\"2024-01-01\") < 1")]
    [InlineData("date and time(\"2024-01-01T10:00:00\") < date and time(\"2024-01-01T10:00:00Z\")")]
    public void Comparison_OfDifferentTypes_IsNull(string expression) => Assert.Null(Feel.Eval(expression));
}
