namespace Oa.Feel.Tests.Language;

public class RangeAndInTests
{
    [Theory]
    [InlineData("5 in [1..10]", true)]
    [InlineData("10 in [1..10)", false)]
    [InlineData("1 in (1..10]", false)]
    [InlineData("1 in ]1..10]", false)]
    [InlineData("5 in ]1..10[", true)]
    [InlineData("5 in (1, 5)", true)]
    [InlineData("5 in (1, 2)", false)]
    [InlineData("5 in < 10", true)]
    [InlineData("5 in >= 6", false)]
    [InlineData("5 in [1, 5]", true)]
    [InlineData("5 in (> 3, < 1)", true)]
    [InlineData("\"b\" in [\"a\"..\"c\"]", true)]
    [InlineData("date(\"2024-06-01\") in [date(\"2024-01-01\")..date(\"2024-12-31\")]", true)]
    [InlineData("null in [1..2]", false)]
    public void In_MatchesPositiveUnaryTests(string expression, bool expected) => Assert.Equal(expected, Feel.Eval(expression));

    [Theory]
    [InlineData("5 between 1 and 10", true)]
    [InlineData("1 between 1 and 10", true)]
    [InlineData("11 between 1 and 10", false)]
    public void Between_IsInclusive(string expression, bool expected) => Assert.Equal(expected, Feel.Eval(expression));

    [Fact]
    public void Between_WithNull_IsNull() => Assert.Null(Feel.Eval("null between 1 and 2"));

    [Fact]
    public void Range_IsAValueWithProperties() => Assert.Equal("[1, 10, true, false]", Feel.Show("[r.start, r.end, r.start included, r.end included]",
        new Dictionary<string, object?> { ["r"] = Feel.Eval("[1..10)") }));
}
