namespace Oa.Feel.Tests.Language;

public class LogicTests
{
    [Theory]
    [InlineData("true and true", true)]
    [InlineData("true and false", false)]
    [InlineData("false and null", false)]
    [InlineData("null and false", false)]
    [InlineData("true or null", true)]
    [InlineData("false or false", false)]
    [InlineData("not(false)", true)]
    public void Logic_IsThreeValued(string expression, bool expected) => Assert.Equal(expected, Feel.Eval(expression));

    [Theory]
    [InlineData("true and null")]
    [InlineData("false or null")]
    [InlineData("not(null)")]
    [InlineData("not(1)")]
    [InlineData("1 and true")]
    public void Logic_WithUnknownOperand_IsNull(string expression) => Assert.Null(Feel.Eval(expression));

    [Fact]
    public void If_WithTrueCondition_SelectsThen() => Assert.Equal("a", Feel.Eval("if 1 < 2 then \"a\" else \"b\""));

    [Theory]
    [InlineData("if null then 1 else 2")]
    [InlineData("if 1 then 1 else 2")]
    [InlineData("if false then 1 else 2")]
    public void If_WithNonTrueCondition_SelectsElse(string expression) => Assert.Equal(2m, Feel.Eval(expression));

    [Fact]
    public void If_Chained_PicksFirstMatchingBranch() =>
        Assert.Equal("manager", Feel.Eval("if amount > 10000 then \"director\" else if amount > 5000 then \"manager\" else \"lead\"",
            new Dictionary<string, object?> { ["amount"] = 8000 }));
}
