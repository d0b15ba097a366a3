namespace Oa.Feel.Tests.Language;

public class PathAndContextTests
{
    private static readonly Dictionary<string, object?> Vars = new()
    {
        ["applicant"] = new Dictionary<string, object?> { ["name"] = "Li", ["department"] = new Dictionary<string, object?> { ["code"] = "FIN" } },
        ["nothing"] = null,
        ["first name"] = "Ann",
    };

    [Fact]
    public void Path_IntoNestedContexts_ReadsValue() => Assert.Equal("FIN", Feel.Eval("applicant.department.code", Vars));

    [Theory]
    [InlineData("nothing.a.b")]
    [InlineData("unknown.a")]
    [InlineData("applicant.missing.deeper")]
    public void Path_OverNullOrMissing_IsNull(string expression) => Assert.Null(Feel.Eval(expression, Vars));

    [Fact]
    public void Context_EntriesSeeEarlierEntries() => Assert.Equal(3m, Feel.Eval("{a: 1, b: a + 1, c: b + 1}.c"));

    [Fact]
    public void Context_KeepsInsertionOrder() =>
        Assert.Equal(["z", "a", "m"], ((Dictionary<string, object?>)Feel.Eval("{z: 1, a: 2, m: 3}")!).Keys);

    [Fact]
    public void Context_WithStringAndSpacedKeys_Works() => Assert.Equal(2m, Feel.Eval("{\"b c\": 1, full name: 2}.full name"));

    [Fact]
    public void Name_WithSpaces_ResolvesVariable() => Assert.Equal("Ann!", Feel.Eval("first name + \"!\"", Vars));

    [Fact]
    public void BacktickName_AllowsAnyCharacters() =>
        Assert.Equal(3m, Feel.Eval("`order-total` + 1", new Dictionary<string, object?> { ["order-total"] = 2 }));

    [Fact]
    public void KeywordInName_OnlyForCalls_SoVariablesCanBeJoined() =>
        Assert.Equal(true, Feel.Eval("date and time", new Dictionary<string, object?> { ["date"] = true, ["time"] = true }));

    [Fact]
    public void Comments_AreIgnored() => Assert.Equal(3m, Feel.Eval("1 /* one */ + 2 // two"));
}
