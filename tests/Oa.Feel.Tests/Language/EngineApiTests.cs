namespace Oa.Feel.Tests.Language;

public class EngineApiTests
{
    [Fact]
    public void Compile_IsCachedPerEngine()
    {
        var engine = new FeelEngine();
        Assert.Same(engine.Compile("a + b"), engine.Compile("a + b"));
    }

    [Fact]
    public void Compile_StripsLeadingEquals() => Assert.Equal(2m, FeelEngine.Default.Evaluate("= 1 + 1").Value);

    [Fact]
    public void Compile_SyntaxError_HasPosition()
    {
        var r = FeelEngine.Default.Compile("1 + (2 * ");
        Assert.False(r.Success);
        Assert.NotNull(r.Error);
        Assert.Equal(9, r.Position);
    }

    [Fact]
    public void Evaluate_SyntaxError_IsErrorResult() => Assert.True(FeelEngine.Default.Evaluate("1 +").IsError);

    [Fact]
    public void Compile_Empty_IsError() => Assert.False(FeelEngine.Default.Compile("  ").Success);

    [Fact]
    public void ReferencedNames_ListsTopLevelVariablesOnly()
    {
        var e = FeelEngine.Default.Compile("amount * rate + sum(for x in items return x.price) + {a: 1, b: a}.b + count(xs[item > min])").Expression!;
        Assert.Equal(new[] { "amount", "items", "min", "rate", "xs" }, e.ReferencedNames.Order());
    }

    [Fact]
    public void ReferencedNames_IncludesFirstSegmentOfPaths() =>
        Assert.Equal(new[] { "applicant" }, FeelEngine.Default.Compile("applicant.department.code").Expression!.ReferencedNames);

    [Fact]
    public void ReferencedNames_ExcludesFunctionParameters() =>
        Assert.Equal(new[] { "y" }, FeelEngine.Default.Compile("(function(x) x + y)(1)").Expression!.ReferencedNames);

    [Fact]
    public void UnknownVariable_IsNullWithoutError()
    {
        var r = FeelEngine.Default.Evaluate("missing");
        Assert.Null(r.Value);
        Assert.False(r.IsError);
    }

    [Fact]
    public void Evaluate_IsThreadSafe()
    {
        var engine = new FeelEngine();
        Parallel.For(0, 200, i =>
        {
            var r = engine.Evaluate("x * 2 + count(xs)", new Dictionary<string, object?> { ["x"] = i, ["xs"] = new[] { 1, 2 } });
            Assert.Equal(i * 2m + 2, r.Value);
        });
    }

    [Fact]
    public void Assert_WhenConditionFails_IsError()
    {
        var r = FeelEngine.Default.Evaluate("assert(x, x > 10, \"x too small\")", new Dictionary<string, object?> { ["x"] = 1 });
        Assert.Equal("x too small", r.Error);
    }
}
