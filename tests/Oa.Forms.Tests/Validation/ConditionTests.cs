using Oa.Forms.Tests.Support;
using Oa.Forms.Validation;

namespace Oa.Forms.Tests.Validation;

public class ConditionTests
{
    [Fact]
    public void Hide_TrueCondition_RemovesFieldAndSkipsValidation()
    {
        var schema = TestForms.With("""
            { "type": "number", "id": "A", "key": "amount" },
            { "type": "textfield", "id": "B", "key": "reason", "validate": { "required": true }, "conditional": { "hide": "=amount <= 1000" } }
            """);

        var result = TestForms.Submit(schema, """{ "amount": 500, "reason": "secret" }""");

        TestForms.Valid(result);
        Assert.False(result.Data.ContainsKey("reason"));
        var error = TestForms.Single(TestForms.Submit(schema, """{ "amount": 5000 }"""));
        Assert.Equal(("reason", "required"), (error.Path, error.Code));
    }

    [Fact]
    public void Hide_DependencyOrder_HiddenFieldIsMissingForLaterConditions()
    {
        // C is declared before B but depends on it; B is hidden, so C's condition sees no `b`.
        var schema = TestForms.With("""
            { "type": "textfield", "id": "C", "key": "c", "conditional": { "hide": "=b = \"x\"" } },
            { "type": "checkbox", "id": "A", "key": "a" },
            { "type": "textfield", "id": "B", "key": "b", "conditional": { "hide": "=a" } }
            """);

        var result = TestForms.Submit(schema, """{ "a": true, "b": "x", "c": "kept" }""");

        TestForms.Valid(result);
        Assert.False(result.Data.ContainsKey("b"));
        Assert.Equal("kept", result.Data["c"]!.GetValue<string>());
    }

    [Fact]
    public void Hide_ChainOfConditions_EvaluatesTransitively()
    {
        var schema = TestForms.With("""
            { "type": "textfield", "id": "C", "key": "c", "conditional": { "hide": "=is defined(b) = false" } },
            { "type": "textfield", "id": "B", "key": "b", "conditional": { "hide": "=is defined(a) = false" } },
            { "type": "textfield", "id": "A", "key": "a", "conditional": { "hide": "=flag = true" } },
            { "type": "checkbox", "id": "F", "key": "flag" }
            """);

        var result = TestForms.Submit(schema, """{ "flag": true, "a": "1", "b": "2", "c": "3" }""");

        Assert.Equal(["flag"], result.Data.Select(p => p.Key));
    }

    [Fact]
    public void Hide_ConditionOnProcessVariable_HidesField()
    {
        var schema = TestForms.With("""{ "type": "textfield", "id": "A", "key": "note", "conditional": { "hide": "=initiatorLevel < 3" } }""");
        var ctx = FormContext.Empty with { Variables = TestForms.Obj("""{ "initiatorLevel": 2 }""") };

        Assert.Empty(TestForms.Submit(schema, """{ "note": "x" }""", ctx).Data);
    }

    [Fact]
    public void Hide_ConditionThatErrors_LeavesFieldVisible()
    {
        var schema = TestForms.With("""{ "type": "textfield", "id": "A", "key": "note", "conditional": { "hide": "=unknown.deep > 3" } }""");

        Assert.Equal("x", TestForms.Submit(schema, """{ "note": "x" }""").Data["note"]!.GetValue<string>());
    }

    [Fact]
    public void Hide_HiddenGroup_HidesItsChildren()
    {
        var schema = TestForms.With("""
            { "type": "checkbox", "id": "A", "key": "domestic" },
            { "type": "group", "id": "G", "path": "abroad", "conditional": { "hide": "=domestic" }, "components": [
              { "type": "textfield", "id": "B", "key": "country", "validate": { "required": true } } ] }
            """);

        var result = TestForms.Submit(schema, """{ "domestic": true, "abroad": { "country": "" } }""");

        TestForms.Valid(result);
        Assert.False(result.Data.ContainsKey("abroad"));
    }

    [Fact]
    public void Hide_InsideListRow_UsesThisForSiblings()
    {
        var schema = TestForms.With("""
            { "type": "dynamiclist", "id": "L", "path": "items", "components": [
              { "type": "select", "id": "T", "key": "type", "values": [ { "label": "交通", "value": "traffic" }, { "label": "住宿", "value": "hotel" } ] },
              { "type": "textfield", "id": "N", "key": "nights", "validate": { "required": true }, "conditional": { "hide": "=this.type != \"hotel\"" } } ] }
            """);

        var result = TestForms.Submit(schema, """{ "items": [ { "type": "traffic", "nights": "3" }, { "type": "hotel" } ] }""");

        var error = TestForms.Single(result);
        Assert.Equal("items[1].nights", error.Path);
        Assert.False(result.Data["items"]![0]!.AsObject().ContainsKey("nights"));
    }

    [Fact]
    public void Hide_RowConditionOnOuterFieldDeclaredLater_SeesDecidedValue()
    {
        // `limit` is hidden (so missing) before the list's rows read it, though it comes later.
        var schema = TestForms.With("""
            { "type": "dynamiclist", "id": "L", "path": "items", "components": [
              { "type": "number", "id": "N", "key": "n", "validate": { "required": true }, "conditional": { "hide": "=is defined(limit)" } } ] },
            { "type": "checkbox", "id": "F", "key": "noLimit" },
            { "type": "number", "id": "M", "key": "limit", "conditional": { "hide": "=noLimit" } }
            """);

        var result = TestForms.Submit(schema, """{ "noLimit": true, "limit": 5, "items": [ {} ] }""");

        Assert.Equal(("items[0].n", "required"), (TestForms.Single(result).Path, TestForms.Single(result).Code));
    }

    [Fact]
    public void RowContext_BareNamesAreRootData_ThisParentAndIndexAsInFormJs()
    {
        var schema = TestForms.With("""
            { "type": "textfield", "id": "K", "key": "kind" },
            { "type": "dynamiclist", "id": "L", "path": "items", "components": [
              { "type": "textfield", "id": "K2", "key": "kind" },
              { "type": "expression", "id": "E", "key": "info",
                "expression": "=kind + \"/\" + this.kind + \"/\" + parent.kind + \"/\" + string(i[1]) + \"/\" + string(_i_[1])" } ] }
            """);

        var result = TestForms.Submit(schema, """{ "kind": "root", "items": [ { "kind": "a" }, { "kind": "b" } ] }""");

        Assert.Equal("root/a/root/1/1", result.Data["items"]![0]!["info"]!.GetValue<string>());
        Assert.Equal("root/b/root/2/2", result.Data["items"]![1]!["info"]!.GetValue<string>());
    }

    [Fact]
    public void Hide_WithToday_ReadsTheContextsClock_NotTheMachines()
    {
        // 「年底前」: the note is only asked for from December on; the host's clock (or a test's) decides, not the server's.
        var schema = TestForms.With("""
            { "type": "textfield", "id": "N", "key": "yearEndNote", "validate": { "required": true }, "conditional": { "hide": "=month of year(today()) != \"December\"" } }
            """);
        var december = new FormContext { Clock = new FixedClock(new DateTimeOffset(2031, 12, 3, 9, 0, 0, TimeSpan.Zero)) };
        var june = new FormContext { Clock = new FixedClock(new DateTimeOffset(2031, 6, 3, 9, 0, 0, TimeSpan.Zero)) };

        Assert.Equal(("yearEndNote", "required"), TestForms.Single(TestForms.Submit(schema, "{}", december)) is var e ? (e.Path, e.Code) : default);
        TestForms.Valid(TestForms.Submit(schema, "{}", june));
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
        public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
    }
}
