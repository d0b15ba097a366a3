using Oa.Workflows.Parsing;
using Oa.Workflows.Tests.Support;
using Xunit.Abstractions;

namespace Oa.Workflows.Tests.Parsing;

// ../shared/conformance/bpmn-miwg: every model parses without an exception and is either accepted
// or rejected with problems that each name an element (or a line) and say why.
public class ConformanceTests(ITestOutputHelper output)
{
    public static TheoryData<string> Models()
    {
        var data = new TheoryData<string>();
        foreach (var f in Directory.GetFiles(Fixture.Shared("conformance/bpmn-miwg"), "*.bpmn").Order()) data.Add(Path.GetFileName(f));
        return data;
    }

    [Theory]
    [MemberData(nameof(Models))]
    public void MiwgModel_Parses_AcceptedOrRejectedWithPreciseProblems(string file)
    {
        var xml = File.ReadAllText(Path.Combine(Fixture.Shared("conformance/bpmn-miwg"), file));
        var result = BpmnParser.ParseUncached(xml, file);
        output.WriteLine($"{file}: {(result.IsValid ? "accepted" : $"rejected, {result.Problems.Count} problems")}");
        foreach (var p in result.Problems) output.WriteLine(p.ToString());
        Assert.DoesNotContain(result.Problems, p => p.Message.StartsWith("Internal parser error"));
        Assert.All(result.Problems, p => Assert.True(p.ElementId is not null || p.Line is not null, p.Message));
        Assert.Equal(result.IsValid, result.Processes.Count > 0);
    }

    [Fact]
    public void MiwgFolder_HasModels() => Assert.True(Directory.GetFiles(Fixture.Shared("conformance/bpmn-miwg"), "*.bpmn").Length >= 20);
}
