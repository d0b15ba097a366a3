using Oa.Workflows.Model;
using Oa.Workflows.Nodes;
using Oa.Workflows.Ports;

namespace Oa.Workflows.Parsing;

// BPMN 2.0 XML (Camunda 8 dialect) → validated, immutable ProcessDefinitions. Never throws:
// malformed XML and unsupported constructs come back as problems with element id and line.
public static class BpmnParser
{
    public static BpmnParseResult Parse(string xml, string? sourceName = null) =>
        DefinitionCache.Shared.GetOrParse(xml ?? "", sourceName, (text, hash) => ParseUncached(text, sourceName, hash));

    public static BpmnParseResult ParseUncached(string xml, string? sourceName = null, string? contentHash = null, IExpressionEvaluator? evaluator = null)
    {
        try
        {
            return new BpmnReader(xml ?? "", sourceName, contentHash ?? DefinitionCache.Hash(xml ?? ""), evaluator ?? FeelExpressionEvaluator.Instance).Read();
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Last line of defence for the "never throws" promise; a bug here is still reported precisely.
            return new BpmnParseResult([], [new BpmnProblem(null, null, $"Internal parser error: {ex.Message}")]);
        }
    }

    // Deploy-time check that static call-activity targets exist among the known process keys.
    public static IReadOnlyList<BpmnProblem> CheckCalledElements(IEnumerable<ProcessDefinition> processes, IReadOnlyCollection<string> knownProcessKeys)
    {
        var problems = new List<BpmnProblem>();
        foreach (var process in processes)
        {
            foreach (var call in process.Nodes.OfType<CallActivity>())
            {
                if (call.CalledElement.IsStatic && !knownProcessKeys.Contains(call.CalledElement.Literal ?? ""))
                    problems.Add(new BpmnProblem(call.Id, call.Line, $"Call activity calls unknown process '{call.CalledElement.Literal}'."));
            }
        }
        return problems;
    }
}
