using System.Diagnostics;

namespace Oa.Feel.Tests.Language;

public class ResourceLimitTests
{
    [Theory]
    [InlineData("for i in 1..64 return if i = 1 then \"ab\" else partial[-1] + partial[-1]")]
    [InlineData("for i in 1..64 return if i = 1 then [1] else concatenate(partial[-1], partial[-1])")]
    [InlineData("{f: function(n) if n = 0 then 0 else f(n - 1) + f(n - 1), r: f(40)}.r")]
    [InlineData("count(for i in 1..1000, j in 1..1000 return i)")]
    public void ExponentialWork_StopsAtStepLimit(string expression)
    {
        var watch = Stopwatch.StartNew();
        var r = FeelEngine.Default.Evaluate(expression);
        Assert.Null(r.Value);
        Assert.Contains("step limit", r.Error);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5));
    }

    [Fact]
    public void LargeListBuiltins_StayLinearOrLogLinear()
    {
        var xs = Enumerable.Range(0, 20_000).Select(i => (object?)(i % 5000)).ToList();
        var watch = Stopwatch.StartNew();
        var r = new FeelEngine(new FeelOptions { MaxSteps = 1_000_000 }).Evaluate("[count(distinct values(xs)), count(duplicate values(xs)), sort(xs)[1], count(union(xs, xs))]",
            new Dictionary<string, object?> { ["xs"] = xs });
        Assert.Equal("[5000, 5000, 0, 5000]", Feel.Render(r.Value));
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5));
    }

    [Fact]
    public void DeepRecursion_StopsAtCallDepth()
    {
        var r = new FeelEngine(new FeelOptions { MaxCallDepth = 50 }).Evaluate("{f: function(n) if n = 0 then 0 else 1 + f(n - 1), r: f(100)}.r");
        Assert.Contains("call depth", r.Error);
    }

    [Fact]
    public void LongOperatorChain_IsRejectedAtCompile() =>
        Assert.False(FeelEngine.Default.Compile(string.Join(" + ", Enumerable.Repeat("1", 5000))).Success);

    [Fact]
    public void ModerateOperatorChain_Compiles() =>
        Assert.Equal(150m, FeelEngine.Default.Evaluate(string.Join(" + ", Enumerable.Repeat("1", 150))).Value);

    [Theory]
    [InlineData("string(v)")]
    [InlineData("v = v")]
    [InlineData("flatten(v)")]
    [InlineData("v")]
    public void DeeplyNestedValue_FailsCleanly(string use)
    {
        // Each iteration wraps the previous result in one more list: 50,000 levels deep.
        var engine = new FeelEngine(new FeelOptions { MaxSteps = 1_000_000 });
        var expression = "{v: for i in 1..50000 return if i = 1 then [] else [partial[-1]], w: " + use.Replace("v", "v[-1]") + "}.w";
        var r = engine.Evaluate(expression);
        var ex = Record.Exception(() => FeelValues.ToJson(r.Value));
        Assert.True(r.IsError || ex is InsufficientExecutionStackException || r.Value is not null);
    }
}
