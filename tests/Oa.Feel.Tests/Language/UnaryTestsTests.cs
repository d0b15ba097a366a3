namespace Oa.Feel.Tests.Language;

public class UnaryTestsTests
{
    [Theory]
    [InlineData("5", 5, true)]
    [InlineData("5", 4, false)]
    [InlineData("< 10", 5, true)]
    [InlineData("< 10", 10, false)]
    [InlineData("[1..10]", 10, true)]
    [InlineData("1, 2, 3", 2, true)]
    [InlineData("not(1, 2)", 3, true)]
    [InlineData("not(1, 2)", 2, false)]
    [InlineData("-", 42, true)]
    [InlineData("", 42, true)]
    [InlineData("? > 3", 5, true)]
    [InlineData("starts with(?, \"Ma\")", "Mary", true)]
    [InlineData("\"open\", \"closed\"", "open", true)]
    [InlineData("null", null, true)]
    [InlineData("> x", 6, true)]
    [InlineData("x", 5, true)]
    public void UnaryTests_MatchInput(string tests, object? input, bool expected) =>
        Assert.Equal(expected, FeelEngine.Default.EvaluateUnaryTests(tests, input, new Dictionary<string, object?> { ["x"] = 5 }).Value);

    [Fact]
    public void UnaryTests_WithDateInput_CompareDates() =>
        Assert.Equal(true, FeelEngine.Default.EvaluateUnaryTests("[date(\"2024-01-01\")..date(\"2024-12-31\")]", new DateOnly(2024, 6, 1)).Value);

    [Fact]
    public void CompileUnaryTests_ReportsSyntaxError() => Assert.False(FeelEngine.Default.CompileUnaryTests("< ").Success);
}
