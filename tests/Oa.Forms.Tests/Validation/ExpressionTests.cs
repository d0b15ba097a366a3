using Oa.Forms.Tests.Support;
using Oa.Forms.Validation;

namespace Oa.Forms.Tests.Validation;

public class ExpressionTests
{
    [Fact]
    public void Expression_IgnoresClientValue_ComputesOnServer()
    {
        var schema = TestForms.With("""
            { "type": "number", "id": "A", "key": "days" },
            { "type": "expression", "id": "E", "key": "allowance", "expression": "=days * 150", "computeOn": "presubmit" }
            """);

        var result = TestForms.Submit(schema, """{ "days": 3, "allowance": 999999 }""");

        Assert.Equal(450m, result.Data["allowance"]!.GetValue<decimal>());
    }

    [Fact]
    public void Expression_SumOverListColumn_AddsRowAmounts()
    {
        var schema = TestForms.Load("Validation/expense.form");

        var result = TestForms.Submit(schema, """
            { "title": "出差报销", "items": [ { "kind": "traffic", "amount": 0.1 }, { "kind": "hotel", "amount": 0.2 } ], "total": 1 }
            """);

        TestForms.Valid(result);
        Assert.Equal(0.3m, result.Data["total"]!.GetValue<decimal>());
    }

    [Fact]
    public void Expression_ReadsOtherExpression_InDependencyOrder()
    {
        var schema = TestForms.With("""
            { "type": "expression", "id": "E2", "key": "withTax", "expression": "=net * 1.06" },
            { "type": "expression", "id": "E1", "key": "net", "expression": "=price * qty" },
            { "type": "number", "id": "P", "key": "price" },
            { "type": "number", "id": "Q", "key": "qty" }
            """);

        var result = TestForms.Submit(schema, """{ "price": 10, "qty": 3 }""");

        Assert.Equal(31.8m, result.Data["withTax"]!.GetValue<decimal>());
    }

    [Fact]
    public void Expression_HiddenByCondition_IsNotComputed()
    {
        var schema = TestForms.With("""
            { "type": "number", "id": "A", "key": "a" },
            { "type": "expression", "id": "E", "key": "double", "expression": "=a * 2", "conditional": { "hide": "=a > 10" } }
            """);

        Assert.False(TestForms.Submit(schema, """{ "a": 11, "double": 22 }""").Data.ContainsKey("double"));
    }

    [Fact]
    public void Expression_Failing_YieldsNull()
    {
        var schema = TestForms.With("""{ "type": "expression", "id": "E", "key": "x", "expression": "=1 / \"a\"" }""");

        var result = TestForms.Submit(schema, "{}");

        Assert.True(result.Data.ContainsKey("x"));
        Assert.Null(result.Data["x"]);
    }

    [Fact]
    public void Expression_InListRow_ComputesPerRow()
    {
        var schema = TestForms.With("""
            { "type": "dynamiclist", "id": "L", "path": "lines", "components": [
              { "type": "number", "id": "P", "key": "price" }, { "type": "number", "id": "Q", "key": "qty" },
              { "type": "expression", "id": "E", "key": "subtotal", "expression": "=this.price * this.qty" } ] },
            { "type": "expression", "id": "T", "key": "total", "expression": "=sum(lines.subtotal)" }
            """);

        var result = TestForms.Submit(schema, """{ "lines": [ { "price": 2, "qty": 3, "subtotal": 0 }, { "price": 1.5, "qty": 2 } ] }""");

        Assert.Equal(6m, result.Data["lines"]![0]!["subtotal"]!.GetValue<decimal>());
        Assert.Equal(9m, result.Data["total"]!.GetValue<decimal>());
    }

    [Fact]
    public void Expression_Runaway_IsStoppedAndYieldsNull()
    {
        var schema = TestForms.With("""
            { "type": "expression", "id": "E", "key": "x", "expression": "=count(for i in 1..100000000 return i)" },
            { "type": "textfield", "id": "T", "key": "t", "conditional": { "hide": "=some i in 1..100000000 satisfies i < 0" } }
            """);

        var result = TestForms.Submit(schema, """{ "t": "kept" }""");

        Assert.Null(result.Data["x"]);
        Assert.Equal("kept", result.Data["t"]!.GetValue<string>());
    }
}
