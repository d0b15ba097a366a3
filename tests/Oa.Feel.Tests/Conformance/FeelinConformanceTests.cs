using System.Text.Json;
using System.Text.Json.Nodes;
using Xunit.Abstractions;

namespace Oa.Feel.Tests.Conformance;

// Differential test against feelin (the FEEL engine of form-js 1.23). Expectations were produced by
// Conformance/feelin/generate.mjs and are checked in, so Node is not needed here. Every disagreement
// must be listed in IntentionalDifferences with its class and reason.
public class FeelinConformanceTests(ITestOutputHelper output)
{
    private sealed record Entry(string Id, string Category, string Expression, JsonElement Context, JsonElement? UnaryInput);

    private sealed record Outcome(Entry Entry, JsonNode? Expected, string? ExpectedError, JsonNode? Actual, string? ActualError)
    {
        public bool Agrees => ExpectedError is not null
            ? ActualError is not null
            : ActualError is null && TaggedJson.Same(Expected, Actual);
    }

    [Fact]
    public void Corpus_AgreesWithFeelin_ExceptDocumentedDifferences()
    {
        var outcomes = Run();
        var total = outcomes.Count;
        Assert.True(total >= 400, $"corpus has only {total} entries");

        var disagreements = outcomes.Where(o => !o.Agrees).ToList();
        var undocumented = disagreements.Where(o => IntentionalDifferences.ClassOf(o.Entry.Id) is null).ToList();
        var stale = IntentionalDifferences.AllIds.Except(disagreements.Select(o => o.Entry.Id)).ToList();

        var agreeing = total - disagreements.Count;
        output.WriteLine($"feelin conformance: {agreeing}/{total} agree exactly ({100.0 * agreeing / total:F1}%); "
            + $"{disagreements.Count - undocumented.Count} documented intentional differences; {undocumented.Count} undocumented; "
            + $"agreement excluding documented differences {100.0 * agreeing / (agreeing + undocumented.Count):F2}%");
        foreach (var group in disagreements.GroupBy(o => IntentionalDifferences.ClassOf(o.Entry.Id)?.Name ?? "UNDOCUMENTED"))
        {
            output.WriteLine($"[{group.Key}] {group.Count()}");
            foreach (var o in group) output.WriteLine($"  {o.Entry.Id}: {o.Entry.Expression}  feelin={Show(o.Expected, o.ExpectedError)}  oa={Show(o.Actual, o.ActualError)}");
        }

        Assert.True(undocumented.Count == 0, $"{undocumented.Count} undocumented disagreements: " + string.Join("; ", undocumented.Select(o => o.Entry.Id)));
        Assert.True(stale.Count == 0, "documented differences that now agree (remove them): " + string.Join(", ", stale));
        Assert.True((double)agreeing / (agreeing + undocumented.Count) >= 0.99);
    }

    private static string Show(JsonNode? value, string? error) => error is not null ? "error(" + error + ")" : value?.ToJsonString() ?? "null";

    private static List<Outcome> Run()
    {
        var dir = Path.Combine(AppContext.BaseDirectory, "Conformance");
        using var corpus = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "corpus.json")));
        var expected = JsonNode.Parse(File.ReadAllText(Path.Combine(dir, "expected.json")))!["results"]!.AsObject();
        var engine = new FeelEngine();
        var outcomes = new List<Outcome>();
        foreach (var e in corpus.RootElement.EnumerateArray())
        {
            var entry = new Entry(
                e.GetProperty("id").GetString()!, e.GetProperty("category").GetString()!, e.GetProperty("expression").GetString()!,
                e.GetProperty("context"), e.TryGetProperty("unaryInput", out var input) ? input : null);
            var variables = (Dictionary<string, object?>)FeelValues.FromJson(entry.Context)!;
            var result = entry.UnaryInput is { } u
                ? engine.EvaluateUnaryTests(entry.Expression, TaggedJson.Decode(u), variables)
                : engine.Evaluate(entry.Expression, variables);
            var compileError = entry.UnaryInput is null ? engine.Compile(entry.Expression).Error : engine.CompileUnaryTests(entry.Expression).Error;
            var exp = expected[entry.Id]!.AsObject();
            outcomes.Add(new Outcome(entry, exp["value"], exp["error"]?.GetValue<string>(), TaggedJson.Encode(result.Value), compileError));
        }
        return outcomes;
    }
}
