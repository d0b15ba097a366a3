using System.Diagnostics;
using Oa.Workflows.Parsing;
using Oa.Workflows.Tests.Support;
using Xunit.Abstractions;

namespace Oa.Workflows.Tests.Fuzz;

// The parser promises "never throws, never half-accepts": hostile XML comes back as problems. Its own last-resort
// catch turns a crash into "Internal parser error", so that message counts as a failure here too.
public class BpmnParserFuzzTests(ITestOutputHelper output)
{
    private const int Cases = 10_000;
    private static readonly TimeSpan PerCase = TimeSpan.FromSeconds(5);

    [Fact]
    public async Task Fuzz_TenThousandMutatedAndGeneratedModels_OnlyProblemsNeverCrashesOrHangs()
    {
        var corpus = Directory.GetFiles(Fixture.Shared("conformance/bpmn-miwg"), "*.bpmn")
            .Concat(Directory.GetFiles(AppContext.BaseDirectory, "*.bpmn", SearchOption.AllDirectories))
            .Order().Select(f => WithoutDiagram(File.ReadAllText(f))).ToList();
        Assert.True(corpus.Count > 30, $"only {corpus.Count} seed models");
        int accepted = 0, rejected = 0;
        var slowest = TimeSpan.Zero;
        var total = Stopwatch.StartNew();
        for (var seed = 0; seed < Cases; seed++)
        {
            var random = new Random(seed);
            var xml = seed % 3 == 0 ? new BpmnGenerator(random).Next() : new BpmnMutator(random).Mutate(corpus[random.Next(corpus.Count)]);
            var clock = Stopwatch.StartNew();
            var parse = Task.Run(() => BpmnParser.ParseUncached(xml, $"fuzz-{seed}.bpmn"));
            using var timeout = new CancellationTokenSource();
            var finished = await Task.WhenAny(parse, Task.Delay(PerCase, timeout.Token)) == parse;
            timeout.Cancel();
            Assert.True(finished, $"seed {seed} did not finish within {PerCase}:\n{xml}");
            if (clock.Elapsed > slowest) slowest = clock.Elapsed;
            var result = await parse;
            Assert.False(result.Problems.Any(p => p.Message.StartsWith("Internal parser error")),
                $"seed {seed}: {string.Join("\n", result.Problems)}\n{xml}");
            Assert.Equal(result.IsValid, result.Processes.Count > 0);
            Assert.All(result.Problems, p => Assert.False(string.IsNullOrWhiteSpace(p.Message)));
            if (result.IsValid) accepted++; else rejected++;
        }
        output.WriteLine($"{Cases} cases in {total.Elapsed.TotalSeconds:0.0}s: {accepted} accepted, {rejected} rejected; slowest {slowest.TotalMilliseconds:0} ms");
        // Both paths must be exercised, or the fuzzer only tests the XML layer.
        Assert.True(accepted > 200, $"only {accepted} models accepted");
        Assert.True(rejected > 2_000, $"only {rejected} models rejected");
    }

    // The diagram interchange part is most of a miwg file's size and carries no semantics: dropping it keeps the
    // mutations on what the parser reads and the whole run near 10 s.
    private static string WithoutDiagram(string xml)
    {
        var doc = System.Xml.Linq.XDocument.Parse(xml);
        doc.Descendants().Where(e => e.Name.NamespaceName == "http://www.omg.org/spec/BPMN/20100524/DI").ToList().ForEach(e => e.Remove());
        return doc.ToString(System.Xml.Linq.SaveOptions.DisableFormatting);
    }

    [Fact]
    public void EntityExpansion_BillionLaughs_IsRejectedQuickly()
    {
        var xml = """
            <?xml version="1.0"?>
            <!DOCTYPE lolz [<!ENTITY a "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa">
            <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
            <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">
            <!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">]>
            <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="D"><bpmn:process id="P" name="&d;" isExecutable="true">
            <bpmn:startEvent id="S" /><bpmn:sequenceFlow id="F" sourceRef="S" targetRef="E" /><bpmn:endEvent id="E" /></bpmn:process></bpmn:definitions>
            """;
        var clock = Stopwatch.StartNew();
        var result = BpmnParser.ParseUncached(xml);
        Assert.False(result.IsValid);
        Assert.Contains(result.Problems, p => p.Message.Contains("DTD", StringComparison.OrdinalIgnoreCase));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(1), $"took {clock.Elapsed}");
    }

    [Fact]
    public void ExternalEntity_IsNeverResolved()
    {
        var secret = Path.Combine(Path.GetTempPath(), "oa-xxe-" + Guid.NewGuid().ToString("N"));
        File.WriteAllText(secret, "TOP-SECRET");
        try
        {
            var xml = $"""
                <?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file://{secret}">]>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="D"><bpmn:process id="P" isExecutable="true">
                <bpmn:startEvent id="S" name="&x;" /><bpmn:sequenceFlow id="F" sourceRef="S" targetRef="E" /><bpmn:endEvent id="E" /></bpmn:process></bpmn:definitions>
                """;
            var result = BpmnParser.ParseUncached(xml);
            Assert.False(result.IsValid);
            Assert.DoesNotContain(result.Problems, p => p.Message.Contains("TOP-SECRET"));
        }
        finally { File.Delete(secret); }
    }

    [Fact]
    public void DeeplyNestedSubProcesses_AreRejectedOrParsed_WithoutCrashingTheProcess()
    {
        const int depth = 20_000;
        var sb = new System.Text.StringBuilder("""<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="D"><bpmn:process id="P" isExecutable="true"><bpmn:startEvent id="S" /><bpmn:sequenceFlow id="F" sourceRef="S" targetRef="Sub0" />""");
        for (var i = 0; i < depth; i++) sb.Append($"<bpmn:subProcess id=\"Sub{i}\">");
        for (var i = 0; i < depth; i++) sb.Append("</bpmn:subProcess>");
        sb.Append("</bpmn:process></bpmn:definitions>");
        // A stack overflow cannot be caught: it would end the test run here, which is the failure this test exists for.
        var result = BpmnParser.ParseUncached(sb.ToString());
        Assert.False(result.IsValid);
        Assert.DoesNotContain(result.Problems, p => p.Message.StartsWith("Internal parser error"));
    }
}
