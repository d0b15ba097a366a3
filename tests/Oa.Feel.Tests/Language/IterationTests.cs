namespace Oa.Feel.Tests.Language;

public class IterationTests
{
    [Theory]
    [InlineData("for x in [1, 2, 3] return x * x", "[1, 4, 9]")]
    [InlineData("for x in [1, 2], y in [10, 20] return x + y", "[11, 21, 12, 22]")]
    [InlineData("for i in 1..3 return i", "[1, 2, 3]")]
    [InlineData("for i in 3..1 return i", "[3, 2, 1]")]
    [InlineData("for i in 1..2, j in i..2 return [i, j]", "[[1, 1], [1, 2], [2, 2]]")]
    [InlineData("for x in [] return x", "[]")]
    [InlineData("for i in 1..5 return if i = 1 then 1 else partial[-1] * i", "[1, 2, 6, 24, 120]")]
    [InlineData("for i in 1..3 return partial", "[[], [[]], [[], [[]]]]")]
    public void For_ProducesList(string expression, string expected) => Assert.Equal(expected, Feel.Show(expression));

    [Theory]
    [InlineData("some x in [1, 2, 3] satisfies x > 2", true)]
    [InlineData("some x in [1, 2, 3] satisfies x > 3", false)]
    [InlineData("every x in [1, 2, 3] satisfies x > 0", true)]
    [InlineData("every x in [1, 2, 3] satisfies x > 1", false)]
    [InlineData("every x in [] satisfies x > 0", true)]
    [InlineData("some x in [1, 2], y in [3, 4] satisfies x + y = 6", true)]
    public void Quantifiers_TestItems(string expression, bool expected) => Assert.Equal(expected, Feel.Eval(expression));

    [Fact]
    public void For_RunawayLoop_StopsAtStepLimit()
    {
        var engine = new FeelEngine(new FeelOptions { MaxSteps = 1000 });
        var r = engine.Evaluate("for i in 1..1000000 return i");
        Assert.Null(r.Value);
        Assert.Contains("step limit", r.Error);
    }

    [Fact]
    public void Recursion_WithoutEnd_StopsWithError()
    {
        var r = FeelEngine.Default.Evaluate("{f: function(n) f(n + 1), r: f(1)}.r");
        Assert.Null(r.Value);
        Assert.NotNull(r.Error);
    }
}
