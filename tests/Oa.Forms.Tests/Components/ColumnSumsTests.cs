using Oa.Forms.Components;
using Oa.Forms.Tests.Support;

namespace Oa.Forms.Tests.Components;

public class ColumnSumsTests
{
    [Fact]
    public void For_NumericColumnsOfEveryList_AreSummed()
    {
        var schema = TestForms.Load("Permissions/contract.form");

        var sums = ColumnSums.For(schema, TestForms.Obj("""{ "items": [ { "price": 0.1, "cost": 1 }, { "price": 0.2 }, { "price": "x" } ] }"""));

        Assert.Equal(0.3m, sums["items.price"]);
        Assert.Equal(1m, sums["items.cost"]);
        Assert.False(sums.ContainsKey("items.desc"));
    }

    [Fact]
    public void Sum_MissingList_IsZero() =>
        Assert.Equal(0m, ColumnSums.Sum(TestForms.Obj("{}"), "items", "amount"));

    [Fact]
    public void Sum_NestedPath_ReadsList() =>
        Assert.Equal(5m, ColumnSums.Sum(TestForms.Obj("""{ "a": { "rows": [ { "v": 2 }, { "v": 3 } ] } }"""), "a.rows", "v"));
}
