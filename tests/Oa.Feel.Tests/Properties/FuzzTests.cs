using System.Diagnostics;
using System.Text;
using Xunit.Abstractions;

namespace Oa.Feel.Tests.Properties;

// Random token soup (seeded, so failures reproduce): compile and evaluate must never throw,
// and the step limit must keep every evaluation short.
public class FuzzTests(ITestOutputHelper output)
{
    private static readonly string[] Tokens =
    [
        "1", "0", "-", "+", "*", "/", "**", "(", ")", "[", "]", "{", "}", ",", ".", "..", ":", "?", "=", "!=", "<", "<=", ">", ">=",
        "\"a\"", "\"\"", "x", "xs", "item", "ctx", "a b", "and", "or", "not", "in", "between", "if", "then", "else", "for", "return",
        "some", "every", "satisfies", "function", "instance", "of", "number", "true", "false", "null", "@\"2024-01-01\"", "@\"P1D\"",
        "count", "sum", "string length", "substring", "date", "duration", "matches", "sort", "get value", "is defined", "1..1000000",
        "`q`", "/*", "*/", "//", "\n", "\"", "@", "partial", "0.5", "999999999999999999999999999", "-", "f", "(x)", "x)",
    ];

    [Fact]
    public void RandomTokenStrings_NeverThrow_AndStayWithinStepLimitTime()
    {
        var random = new Random(20261201);
        var engine = new FeelEngine(new FeelOptions { MaxSteps = 20_000 });
        var vars = new Dictionary<string, object?>
        {
            ["x"] = 3, ["xs"] = new[] { 1, 2, 3 }, ["ctx"] = new Dictionary<string, object?> { ["a"] = 1 },
            ["f"] = engine.Evaluate("function(n) f(n)").Value,
        };
        var compiled = 0;
        var slowest = TimeSpan.Zero;
        var slowestText = "";
        for (var i = 0; i < 10_000; i++)
        {
            var text = RandomText(random);
            var watch = Stopwatch.StartNew();
            var compile = engine.Compile(text);
            if (compile.Success) compiled++;
            engine.Evaluate(text, vars);
            engine.EvaluateUnaryTests(text, 2, vars);
            watch.Stop();
            if (watch.Elapsed > slowest) { slowest = watch.Elapsed; slowestText = text; }
        }
        output.WriteLine($"{compiled} of 10000 compiled; slowest {slowest.TotalMilliseconds:F1} ms: {slowestText}");
        Assert.True(slowest < TimeSpan.FromSeconds(2), $"slowest evaluation took {slowest}: {slowestText}");
    }

    // Grammar-shaped random expressions reach the evaluator far more often than token soup.
    [Fact]
    public void RandomWellFormedExpressions_NeverThrow()
    {
        var random = new Random(7);
        var engine = new FeelEngine(new FeelOptions { MaxSteps = 20_000 });
        var vars = new Dictionary<string, object?> { ["x"] = 3, ["xs"] = new[] { 1, 2, 3 }, ["s"] = "abc", ["d"] = new DateOnly(2024, 1, 31) };
        var compiled = 0;
        var slowest = TimeSpan.Zero;
        for (var i = 0; i < 3000; i++)
        {
            var text = RandomExpression(random, 4);
            var watch = Stopwatch.StartNew();
            if (engine.Compile(text).Success) compiled++;
            engine.Evaluate(text, vars);
            if (watch.Elapsed > slowest) slowest = watch.Elapsed;
        }
        output.WriteLine($"{compiled} of 3000 well-formed expressions compiled; slowest {slowest.TotalMilliseconds:F1} ms");
        Assert.True(compiled > 2900);
        Assert.True(slowest < TimeSpan.FromSeconds(2));
    }

    private static readonly string[] Atoms =
        ["1", "-2.5", "0", "\"a\"", "s", "x", "xs", "d", "null", "true", "[1, 2]", "{a: 1}", "@\"P1D\"", "@\"P1Y\"", "@\"10:00:00\"", "item", "[1..3]"];

    private static readonly string[] Binary = ["+", "-", "*", "/", "**", "=", "!=", "<", ">=", "and", "or"];

    private static readonly string[] Functions =
        ["count", "sum", "string", "string length", "abs", "not", "reverse", "min", "date", "duration", "floor", "upper case", "is defined", "flatten"];

    private static string RandomExpression(Random r, int depth)
    {
        if (depth == 0) return Atoms[r.Next(Atoms.Length)];
        string Sub() => RandomExpression(r, depth - 1);
        return r.Next(11) switch
        {
            0 or 1 => $"{Sub()} {Binary[r.Next(Binary.Length)]} {Sub()}",
            2 => $"if {Sub()} then {Sub()} else {Sub()}",
            3 => $"for i in {Sub()} return {Sub()}",
            4 => $"{Functions[r.Next(Functions.Length)]}({Sub()})",
            5 => $"[{Sub()}, {Sub()}][{Sub()}]",
            6 => $"{{k: {Sub()}, m: k}}.m",
            7 => $"{Sub()} in [{Sub()}..{Sub()}]",
            8 => $"some v in {Sub()} satisfies {Sub()}",
            9 => $"-({Sub()})",
            _ => $"({Sub()}).year",
        };
    }

    [Fact]
    public void DeeplyNestedInput_IsRejectedNotCrashing()
    {
        var r = FeelEngine.Default.Evaluate(new string('(', 5000) + "1" + new string(')', 5000));
        Assert.True(r.IsError);
        Assert.True(FeelEngine.Default.Evaluate(string.Concat(Enumerable.Repeat("-", 5000)) + "1").IsError);
        Assert.True(FeelEngine.Default.Evaluate(string.Concat(Enumerable.Repeat("[", 5000))).IsError);
    }

    private static string RandomText(Random random)
    {
        var sb = new StringBuilder();
        var count = random.Next(1, 25);
        for (var i = 0; i < count; i++) sb.Append(Tokens[random.Next(Tokens.Length)]).Append(random.Next(3) == 0 ? "" : " ");
        return sb.ToString();
    }
}
