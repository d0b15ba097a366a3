namespace Oa.Feel.Tests.Language;

public class ReferencedNamesTests
{
    [Fact]
    public void FilterOnlyNames_ListsNamesReadOnlyInsideFilters()
    {
        var e = FeelEngine.Default.Compile("sum(orders[amount > limit].amount) + limit").Expression!;
        Assert.Equal(new[] { "amount", "limit", "orders" }, e.ReferencedNames.Order());
        Assert.Equal(new[] { "amount" }, e.FilterOnlyNames);
    }

    [Fact]
    public void ReferencedNames_OfUnaryTests_IncludeVariables() =>
        Assert.Equal(new[] { "max" }, FeelEngine.Default.CompileUnaryTests("< max").Expression!.ReferencedNames);
}
