namespace Oa.Feel.Tests.Builtins;

public class ListBuiltinTests
{
    [Theory]
    [InlineData("count([1, 2, 3])", "3")]
    [InlineData("count(7)", "1")]
    [InlineData("sum([1, 2, 3])", "6")]
    [InlineData("sum(1, 2, 3)", "6")]
    [InlineData("sum([])", "null")]
    [InlineData("min([3, 1, 2])", "1")]
    [InlineData("max(\"a\", \"c\", \"b\")", "\"c\"")]
    [InlineData("mean([1, 2, 3, 4])", "2.5")]
    [InlineData("median([3, 1, 2])", "2")]
    [InlineData("median([1, 2, 3, 4])", "2.5")]
    [InlineData("stddev([2, 4, 7, 5])", "2.081665999466132735282297707")]
    [InlineData("mode([6, 3, 9, 6, 6])", "[6]")]
    [InlineData("mode([1, 1, 2, 2])", "[1, 2]")]
    [InlineData("product([2, 3, 4])", "24")]
    [InlineData("all([true, true])", "true")]
    [InlineData("all([true, null])", "null")]
    [InlineData("any([false, true])", "true")]
    [InlineData("sublist([1, 2, 3], 2)", "[2, 3]")]
    [InlineData("sublist([1, 2, 3], -2, 1)", "[2]")]
    [InlineData("append([1], 2, 3)", "[1, 2, 3]")]
    [InlineData("concatenate([1], [2], [3])", "[1, 2, 3]")]
    [InlineData("insert before([1, 3], 2, 2)", "[1, 2, 3]")]
    [InlineData("remove([1, 2, 3], 2)", "[1, 3]")]
    [InlineData("reverse([1, 2, 3])", "[3, 2, 1]")]
    [InlineData("index of([1, 2, 1], 1)", "[1, 3]")]
    [InlineData("union([1, 2], [2, 3])", "[1, 2, 3]")]
    [InlineData("distinct values([1, 2, 1, [1], [1]])", "[1, 2, [1]]")]
    [InlineData("duplicate values([1, 2, 1, 3, 3])", "[1, 3]")]
    [InlineData("flatten([[1, 2], [[3]], 4])", "[1, 2, 3, 4]")]
    [InlineData("sort([3, 1, 2], function(a, b) a < b)", "[1, 2, 3]")]
    [InlineData("sort([3, 1, 2])", "[1, 2, 3]")]
    [InlineData("list contains([1, null], null)", "true")]
    [InlineData("list replace([1, 2, 3], 2, 9)", "[1, 9, 3]")]
    [InlineData("list replace([1, 2, 3], function(item, newItem) item > 1, 0)", "[1, 0, 0]")]
    [InlineData("string join(for x in [1, 2] return string(x), \"-\")", "\"1-2\"")]
    [InlineData("partition([1, 2, 3], 2)", "[[1, 2], [3]]")]
    [InlineData("is empty([])", "true")]
    public void ListBuiltins_Work(string expression, string expected) => Assert.Equal(expected, Feel.Show(expression));

    [Fact]
    public void Sort_OfContexts_ByMember() =>
        Assert.Equal("[2, 1]", Feel.Show("sort([{id: 1, v: 5}, {id: 2, v: 3}], function(a, b) a.v < b.v).id"));

    [Fact]
    public void Sum_OfMixedTypes_IsNullWithError() => Assert.True(FeelEngine.Default.Evaluate("sum([1, \"a\"])").IsError);
}
