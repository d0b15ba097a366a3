namespace Oa.Feel.Tests.Language;

public class FilterTests
{
    private static readonly Dictionary<string, object?> Orders = new()
    {
        ["orders"] = new List<object?>
        {
            new Dictionary<string, object?> { ["id"] = 1, ["amount"] = 10, ["status"] = "open" },
            new Dictionary<string, object?> { ["id"] = 2, ["amount"] = -1, ["status"] = "closed" },
            new Dictionary<string, object?> { ["id"] = 3, ["amount"] = 25, ["status"] = "open" },
        },
        ["limit"] = 5,
    };

    [Fact]
    public void Filter_WithContextMembers_KeepsMatchingItems() => Assert.Equal("[1, 3]", Feel.Show("orders[amount > 0].id", Orders));

    [Fact]
    public void Filter_WithItem_KeepsMatchingItems() => Assert.Equal("[2, 3]", Feel.Show("[1, 2, 3][item > 1]"));

    [Fact]
    public void Filter_UsingOuterVariable_SeesIt() => Assert.Equal("[1, 3]", Feel.Show("orders[amount > limit].id", Orders));

    [Fact]
    public void Filter_WithCombinedCondition_KeepsMatchingItems() =>
        Assert.Equal("[3]", Feel.Show("orders[amount > 20 and status = \"open\"].id", Orders));

    [Theory]
    [InlineData("[1, 2, 3][1]", "1")]
    [InlineData("[1, 2, 3][-1]", "3")]
    [InlineData("[1, 2, 3][0]", "null")]
    [InlineData("[1, 2, 3][4]", "null")]
    public void Filter_WithNumber_IndexesFromOne(string expression, string expected) => Assert.Equal(expected, Feel.Show(expression));

    [Fact]
    public void Filter_WithNumberVariable_Indexes() => Assert.Equal("25", Feel.Show("orders[count(orders)].amount", Orders));

    [Fact]
    public void Filter_OnNull_IsNull() => Assert.Null(Feel.Eval("null[item > 1]"));

    [Fact]
    public void Filter_OnSingleValue_TreatsItAsList() => Assert.Equal("[5]", Feel.Show("5[item > 1]"));

    [Fact]
    public void Filter_WithFunctionCall_KeepsMatchingItems() =>
        Assert.Equal("[\"Bob\"]", Feel.Show("[\"Ann\", \"Bob\"][starts with(item, \"B\")]"));

    [Fact]
    public void Path_OverList_MapsMembers() => Assert.Equal("[\"open\", \"closed\", \"open\"]", Feel.Show("orders.status", Orders));
}
