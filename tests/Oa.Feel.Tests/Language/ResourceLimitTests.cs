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
}
