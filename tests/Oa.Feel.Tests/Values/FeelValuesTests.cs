using System.Text.Json;
using System.Text.Json.Nodes;

namespace Oa.Feel.Tests.Values;

public class FeelValuesTests
{
    [Theory]
    [InlineData(1, "1")]
    [InlineData(2L, "2")]
    [InlineData(1.5, "1.5")]
    [InlineData(0.1f, "0.1")]
    public void FromDotNet_Numbers_BecomeDecimal(object input, string expected) =>
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), Assert.IsType<decimal>(FeelValues.FromDotNet(input)));

    [Fact]
    public void FromDotNet_NaN_IsNull() => Assert.Null(FeelValues.FromDotNet(double.NaN));

    [Fact]
    public void FromDotNet_NestedCollections_AreConverted()
    {
        var v = FeelValues.FromDotNet(new Dictionary<string, object> { ["a"] = new[] { 1, 2 }, ["b"] = new Dictionary<string, int> { ["c"] = 3 } });
        Assert.Equal("{a: [1, 2], b: {c: 3}}", Feel.Render(v));
    }

    [Fact]
    public void FromDotNet_Json_IsConverted()
    {
        var element = JsonDocument.Parse("""{"n": 1.25, "s": "x", "l": [true, null], "o": {"k": 1}}""").RootElement;
        Assert.Equal("{n: 1.25, s: \"x\", l: [true, null], o: {k: 1}}", Feel.Render(FeelValues.FromDotNet(element)));
        Assert.Equal("{n: 1.25, s: \"x\", l: [true, null], o: {k: 1}}", Feel.Render(FeelValues.FromDotNet(JsonNode.Parse(element.GetRawText()))));
    }

    [Fact]
    public void FromDotNet_Dates_MapToFeelTemporalTypes()
    {
        Assert.IsType<DateOnly>(FeelValues.FromDotNet(new DateOnly(2024, 1, 1)));
        Assert.IsType<DateTimeOffset>(FeelValues.FromDotNet(new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc)));
        Assert.IsType<DateTime>(FeelValues.FromDotNet(new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Unspecified)));
        Assert.IsType<FeelTime>(FeelValues.FromDotNet(new TimeOnly(10, 0)));
    }

    [Fact]
    public void FromDotNet_PlainObject_GoesThroughJson() =>
        Assert.Equal("{Name: \"A\", Age: 3}", Feel.Render(FeelValues.FromDotNet(new Person("A", 3))));

    [Fact]
    public void ToJson_WritesTemporalValuesAsIsoStrings()
    {
        var v = FeelEngine.Default.Evaluate("{d: @\"2024-01-02\", t: @\"10:00:00\", dt: @\"2024-01-02T03:04:05+08:00\", p: @\"P1DT2H\", y: @\"P14M\", n: 1.50, f: function(x) x}").Value;
        Assert.Equal("""{"d":"2024-01-02","t":"10:00:00","dt":"2024-01-02T03:04:05+08:00","p":"P1DT2H","y":"P1Y2M","n":1.5,"f":null}""",
            FeelValues.ToJson(v)!.ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
    }

    [Fact]
    public void IsTruthy_OnlyTrueIsTrue()
    {
        Assert.True(FeelValues.IsTruthy(true));
        Assert.False(FeelValues.IsTruthy(1m));
        Assert.False(FeelValues.IsTruthy("true"));
        Assert.False(FeelValues.IsTruthy(null));
    }

    [Fact]
    public void ChineseVariableNames_Resolve() =>
        Assert.Equal(true, Feel.Eval("金额 > 100 and 部门.名称 = \"财务\"", new Dictionary<string, object?>
        {
            ["金额"] = 200, ["部门"] = new Dictionary<string, object?> { ["名称"] = "财务" },
        }));

    private sealed record Person(string Name, int Age);
}
