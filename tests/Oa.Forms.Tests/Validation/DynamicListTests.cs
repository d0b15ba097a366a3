using Oa.Forms.Tests.Support;

namespace Oa.Forms.Tests.Validation;

public class DynamicListTests
{
    private static readonly Lazy<Oa.Forms.Schema.FormSchema> Expense = new(() => TestForms.Load("Validation/expense.form"));

    [Fact]
    public void Rows_EachRowValidated_ErrorPathsCarryRowIndex()
    {
        var result = TestForms.Submit(Expense.Value, """
            { "title": "t", "items": [ { "kind": "meal", "amount": 10 }, { "kind": "boat", "amount": 0, "invoice": "123" } ] }
            """);

        Assert.Equal(
            ["items[1].amount:min", "items[1].invoice:pattern", "items[1].kind:option"],
            result.Errors.Select(e => $"{e.Path}:{e.Code}").Order());
        Assert.Equal("发票号为 8 位数字", result.Errors.Single(e => e.Code == "pattern").MessageZh);
    }

    [Fact]
    public void Rows_FewerThanMinRows_ReturnsMinRowsError()
    {
        var error = TestForms.Single(TestForms.Submit(Expense.Value, """{ "title": "t", "items": [] }"""));

        Assert.Equal(("items", "minRows"), (error.Path, error.Code));
    }

    [Fact]
    public void Rows_MoreThanMaxRows_ReturnsMaxRowsError()
    {
        var row = """{ "kind": "meal", "amount": 1 }""";
        var error = TestForms.Single(TestForms.Submit(Expense.Value, $$"""{ "title": "t", "items": [ {{row}}, {{row}}, {{row}}, {{row}} ] }"""));

        Assert.Equal(("items", "maxRows"), (error.Path, error.Code));
    }

    [Fact]
    public void Rows_NotAList_IsTypeError()
    {
        var error = TestForms.Single(TestForms.Submit(Expense.Value, """{ "title": "t", "items": { "kind": "meal" } }"""));

        Assert.Equal(("items", "type"), (error.Path, error.Code));
    }

    [Fact]
    public void Rows_RowNotAnObject_IsTypeErrorAtRow()
    {
        var result = TestForms.Submit(Expense.Value, """{ "title": "t", "items": [ { "kind": "meal", "amount": 1 }, "x" ] }""");

        Assert.Equal(("items[1]", "type"), (TestForms.Single(result).Path, TestForms.Single(result).Code));
    }

    [Fact]
    public void Rows_UnknownCellKeys_AreDropped()
    {
        var result = TestForms.Submit(Expense.Value, """{ "title": "t", "items": [ { "kind": "meal", "amount": 1, "approvedBy": "me" } ] }""");

        TestForms.Valid(result);
        Assert.Equal(["kind", "amount"], result.Data["items"]![0]!.AsObject().Select(p => p.Key));
    }

    [Fact]
    public void Total_OverLimit_ShowsAndRequiresExplanation()
    {
        var result = TestForms.Submit(Expense.Value, """{ "title": "t", "items": [ { "kind": "hotel", "amount": 5000.01 } ] }""");

        Assert.Equal(("explain", "required"), (TestForms.Single(result).Path, TestForms.Single(result).Code));
    }

    [Fact]
    public void NestedLists_ErrorPathsNestIndexes()
    {
        var schema = TestForms.With("""
            { "type": "dynamiclist", "id": "L", "path": "trips", "components": [
              { "type": "dynamiclist", "id": "M", "path": "legs", "components": [
                { "type": "number", "id": "K", "key": "km", "validate": { "min": 1 } } ] } ] }
            """);

        var error = TestForms.Single(TestForms.Submit(schema, """{ "trips": [ { "legs": [ { "km": 5 } ] }, { "legs": [ { "km": 2 }, { "km": 0 } ] } ] }"""));

        Assert.Equal("trips[1].legs[1].km", error.Path);
    }
}
