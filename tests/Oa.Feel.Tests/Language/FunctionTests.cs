namespace Oa.Feel.Tests.Language;

public class FunctionTests
{
    [Fact]
    public void FunctionDefinition_CanBeInvoked() => Assert.Equal(3m, Feel.Eval("(function(a) a + 1)(2)"));

    [Fact]
    public void UserFunction_WithNamedArguments_BindsByName() => Assert.Equal(4m, Feel.Eval("{f: function(a, b) a - b}.f(b: 1, a: 5)"));

    [Fact]
    public void UserFunction_InContext_CanRecurse() =>
        Assert.Equal(720m, Feel.Eval("{fact: function(n) if n <= 1 then 1 else n * fact(n - 1), r: fact(6)}.r"));

    [Fact]
    public void FunctionValue_CanBePassedToAnother() =>
        Assert.Equal(3m, Feel.Eval("{twice: function(f, v) f(f(v)), inc: function(v) v + 1, r: twice(inc, 1)}.r"));

    [Fact]
    public void Builtin_WithNamedArguments_BindsByName() =>
        Assert.Equal("xy", Feel.Eval("substring(start position: 1, string: \"xyz\", length: 2)"));

    [Fact]
    public void Builtin_WithMultiWordName_IsFound() => Assert.Equal(3m, Feel.Eval("string length(\"abc\")"));

    [Fact]
    public void UnknownFunction_IsNullWithError()
    {
        var r = FeelEngine.Default.Evaluate("nope(1)");
        Assert.Null(r.Value);
        Assert.Contains("nope", r.Error);
    }

    [Fact]
    public void VariableFunction_ShadowsBuiltin() =>
        Assert.Equal("mine", Feel.Eval("{count: function(x) \"mine\", r: count([1])}.r"));

    [Theory]
    [InlineData("1 instance of number", true)]
    [InlineData("\"a\" instance of string", true)]
    [InlineData("null instance of number", false)]
    [InlineData("date(\"2024-01-01\") instance of date", true)]
    [InlineData("[1, 2] instance of list<number>", true)]
    [InlineData("[1, \"a\"] instance of list<number>", false)]
    [InlineData("duration(\"P1D\") instance of days and time duration", true)]
    [InlineData("(function(a) a) instance of function", true)]
    public void InstanceOf_ChecksType(string expression, bool expected) => Assert.Equal(expected, Feel.Eval(expression));
}
