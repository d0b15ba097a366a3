using System.Xml;
using System.Xml.Linq;
using Oa.Workflows.Model;
using Oa.Workflows.Ports;

namespace Oa.Workflows.Parsing;

internal sealed partial class BpmnReader(string xml, string? sourceName, string contentHash, IExpressionEvaluator evaluator)
{
    internal static readonly XNamespace Bpmn = "http://www.omg.org/spec/BPMN/20100524/MODEL";
    internal static readonly XNamespace Zeebe = "http://camunda.org/schema/zeebe/1.0";

    private const int MaxDepth = 200;

    // Models are uploaded by users: no DTDs (entity-expansion bombs), no external entities.
    private static readonly XmlReaderSettings SafeXml = new() { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreWhitespace = true };

    private static int DepthOf(XElement root)
    {
        var max = 0;
        var stack = new Stack<(XElement Element, int Depth)>([(root, 1)]);
        while (stack.Count > 0)
        {
            var (element, depth) = stack.Pop();
            if (depth > max) max = depth;
            if (max > MaxDepth) break;
            foreach (var child in element.Elements()) stack.Push((child, depth + 1));
        }
        return max;
    }

    private readonly List<BpmnProblem> problems = [];
    private readonly Dictionary<string, XElement> messages = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string?> errors = new(StringComparer.Ordinal);

    public BpmnParseResult Read()
    {
        XDocument doc;
        try
        {
            using var reader = XmlReader.Create(new StringReader(xml), SafeXml);
            doc = XDocument.Load(reader, LoadOptions.SetLineInfo);
        }
        catch (XmlException ex)
        {
            return new BpmnParseResult([], [new BpmnProblem(null, ex.LineNumber, $"Malformed XML: {ex.Message}")]);
        }
        // Sub-processes are read recursively; absurd nesting from an upload must not overflow the stack.
        if (DepthOf(doc.Root!) > MaxDepth)
            return new BpmnParseResult([], [new BpmnProblem(null, 1, $"The model nests elements deeper than {MaxDepth} levels.")]);
        var root = doc.Root!;
        if (root.Name != Bpmn + "definitions")
            return new BpmnParseResult([], [Problem(root, $"Root element is {root.Name}, expected BPMN 2.0 definitions ({Bpmn.NamespaceName}).")]);
        foreach (var m in root.Elements(Bpmn + "message")) if (Id(m) is { } id) messages[id] = m;
        foreach (var e in root.Elements(Bpmn + "error")) if (Id(e) is { } id) errors[id] = (string?)e.Attribute("errorCode");
        var processes = new List<ProcessDefinition>();
        // Like Camunda 8, pools marked isExecutable="false" next to an executable one are documentation
        // (a partner's view in a collaboration) and are not validated; a file with no executable
        // process at all is validated whole, so its verdict still means something.
        var candidates = root.Elements(Bpmn + "process")
            .Where(p => p.Elements().Any(e => e.Name.Namespace == Bpmn && FlowElementNames.Contains(e.Name.LocalName)))
            .ToList(); // an empty process is a black-box pool: nothing to run
        if (candidates.Any(IsExecutable)) candidates = candidates.Where(IsExecutable).ToList();
        foreach (var p in candidates)
            if (ReadProcess(p) is { } definition) processes.Add(definition);
        if (processes.Count == 0 && problems.Count == 0)
            problems.Add(Problem(root, "The model contains no process with flow elements."));
        var duplicates = processes.GroupBy(p => p.Key).Where(g => g.Count() > 1);
        foreach (var d in duplicates) problems.Add(new BpmnProblem(d.Key, null, $"Process id '{d.Key}' is defined more than once."));
        return new BpmnParseResult(problems.Count == 0 ? processes : [], problems);
    }

    private ProcessDefinition? ReadProcess(XElement process)
    {
        var key = Id(process);
        if (key is null)
        {
            problems.Add(Problem(process, "Process has no id."));
            return null;
        }
        var before = problems.Count;
        var all = new List<FlowNode>();
        allIds.Clear();
        var flows = new List<SequenceFlow>();
        var top = ReadContainer(process, null, all, flows);
        var definition = new ProcessDefinition(key, (string?)process.Attribute("name"), IsExecutable(process), contentHash, sourceName, top, all, flows);
        new ProcessValidator(definition, problems, Line(process), Truncated, evaluator).Validate(checkReachability: problems.Count == before);
        return problems.Count == before ? definition : null;
    }

    private static bool IsExecutable(XElement process) =>
        !string.Equals((string?)process.Attribute("isExecutable"), "false", StringComparison.OrdinalIgnoreCase);

    internal static string? Id(XElement e) => (string?)e.Attribute("id");

    internal static int? Line(XObject e) => e is IXmlLineInfo info && info.HasLineInfo() ? info.LineNumber : null;

    private BpmnProblem Problem(XElement e, string message) => new(Id(e), Line(e), message);

    private void Report(XElement e, string message) => problems.Add(Problem(e, message));
}
