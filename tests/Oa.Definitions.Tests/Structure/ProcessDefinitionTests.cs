using System.Text.RegularExpressions;
using System.Xml.Linq;
using Oa.Definitions.Tests.Support;
using Oa.Workflows.Approvals;
using Oa.Workflows.Nodes;
using Oa.Workflows.Parsing;

namespace Oa.Definitions.Tests.Structure;

// Every shipped .bpmn deploys as it is and agrees with its form.
public partial class ProcessDefinitionTests
{
    static readonly XNamespace Bpmn = "http://www.omg.org/spec/BPMN/20100524/MODEL";
    static readonly XNamespace BpmnDi = "http://www.omg.org/spec/BPMN/20100524/DI";
    static readonly XNamespace Zeebe = "http://camunda.org/schema/zeebe/1.0";
    static readonly XNamespace OaNs = OaSchema.NamespaceUri;

    public static TheoryData<string> Processes() => DefinitionFiles.Processes();

    [Fact]
    public void Definitions_ShipAFormForEveryProcess()
    {
        Assert.True(DefinitionFiles.ProcessNames.Count >= 10, "expected the seed processes");
        Assert.Equal(DefinitionFiles.ProcessNames, DefinitionFiles.FormNames);
    }

    [Theory, MemberData(nameof(Processes))]
    public void Process_ParsesWithoutProblems_AndEveryApprovalPolicyValidates(string file)
    {
        var parsed = BpmnParser.Parse(DefinitionFiles.ProcessXml(file), file + ".bpmn");
        Assert.True(parsed.IsValid, string.Join("\n", parsed.Problems));
        var process = Assert.Single(parsed.Processes);
        Assert.Empty(ApprovalPolicyParser.Default.Validate(process));

        var oaProcess = DefinitionFiles.ProcessDocument(file).Descendants(OaNs + "process").Single();
        var (settings, problems) = ProcessSettingsParser.Parse(process.Key, oaProcess);
        Assert.Empty(problems);
        Assert.False(string.IsNullOrEmpty(settings.Category));
        Assert.False(string.IsNullOrEmpty(settings.TitleTemplate));
        Assert.False(string.IsNullOrEmpty(settings.SerialRule));

        var tasks = process.Nodes.OfType<UserTask>().ToList();
        Assert.NotEmpty(tasks);
        Assert.All(tasks, t => Assert.NotNull(ApprovalPolicyParser.Default.Parse(t).Policy));
        Assert.All(tasks, t => Assert.False(string.IsNullOrEmpty(t.Name)));
    }

    [Fact]
    public void AllProcesses_DeployTogether_AndEveryCalledProcessIsShipped()
    {
        var runtime = new Oa.Workflows.Runtime.WorkflowRuntime(new Oa.Workflows.Runtime.InMemoryInstanceStore());
        foreach (var name in DefinitionFiles.ProcessNames.OrderBy(n => DefinitionFiles.ProcessXml(n).Contains("callActivity")))
        {
            var result = runtime.Deploy(DefinitionFiles.ProcessXml(name), name + ".bpmn");
            Assert.True(result.IsValid, $"{name}: {string.Join("; ", result.Problems)}");
        }
        Assert.Equal(DefinitionFiles.ProcessNames.Count, runtime.Definitions.Select(d => d.Key).Distinct().Count());
    }

    [Theory, MemberData(nameof(Processes))]
    public void Process_StartEventAndEveryUserTask_UseTheProcessForm(string file)
    {
        var doc = DefinitionFiles.ProcessDocument(file);
        var holders = doc.Descendants(Bpmn + "startEvent").Concat(doc.Descendants(Bpmn + "userTask")).ToList();
        var formIds = holders.Select(h => h.Descendants(Zeebe + "formDefinition").SingleOrDefault()?.Attribute("formId")?.Value).ToList();
        Assert.All(formIds, id => Assert.NotNull(id));
        var formId = Assert.Single(formIds.Distinct());
        Assert.NotNull(DefinitionFiles.Form(formId!));
        // the form ships beside the process under the same file name
        Assert.Equal(formId, Oa.Forms.Schema.FormSchemaParser.Parse(DefinitionFiles.FormJson(file)).Schema?.Id);
    }

    [Theory, MemberData(nameof(Processes))]
    public void Process_FieldPermissionsAndFormUserFields_NameFieldsOfTheForm(string file)
    {
        var doc = DefinitionFiles.ProcessDocument(file);
        var fields = FormFields(doc);
        var named = doc.Descendants(OaNs + "fieldPermission").Select(e => e.Attribute("field")!.Value)
            .Concat(doc.Descendants().Where(e => e.Name == OaNs + "approver" || e.Name == OaNs + "cc")
                .Where(e => e.Attribute("type")?.Value is "formUser" or "formDept").Select(e => e.Attribute("field")!.Value));
        // Permissions may also name a component by id (a heading or a group without a path).
        var formId = doc.Descendants(Zeebe + "formDefinition").First().Attribute("formId")!.Value;
        var ids = DefinitionFiles.Form(formId)!.AllComponents().Select(c => c.Id).ToHashSet();
        Assert.All(named, f => Assert.True(fields.Contains(f) || ids.Contains(f), $"'{f}' is neither a field nor a component of {formId}"));
    }

    [Theory, MemberData(nameof(Processes))]
    public void Process_ConditionsTimersAndTitle_ReadOnlyFormFieldsAndTaskOutcomes(string file)
    {
        var doc = DefinitionFiles.ProcessDocument(file);
        var fields = FormFields(doc);
        var tasks = doc.Descendants(Bpmn + "userTask").Select(t => t.Attribute("id")!.Value).ToHashSet();
        var expressions = doc.Descendants(Bpmn + "conditionExpression").Select(e => e.Value)
            .Concat(doc.Descendants().Where(e => e.Name.LocalName is "timeDate" or "timeDuration" or "timeCycle").Select(e => e.Value))
            .Where(s => s.TrimStart().StartsWith('='));
        foreach (var name in expressions.SelectMany(Identifiers))
        {
            if (name.EndsWith("_outcome", StringComparison.Ordinal)) Assert.Contains(name[..^"_outcome".Length], tasks);
            else Assert.Contains(name, fields);
        }

        var title = doc.Descendants(OaNs + "process").Single().Attribute("titleTemplate")!.Value;
        foreach (Match m in Placeholder().Matches(title))
            Assert.True(m.Groups[1].Value.StartsWith("initiator.", StringComparison.Ordinal) || fields.Contains(m.Groups[1].Value), m.Value);
    }

    [Theory, MemberData(nameof(Processes))]
    public void Process_ExclusiveGatewaysThatSplit_HaveADefaultFlowAndConditionsOnTheOthers(string file)
    {
        var doc = DefinitionFiles.ProcessDocument(file);
        var flows = doc.Descendants(Bpmn + "sequenceFlow").ToList();
        foreach (var gateway in doc.Descendants(Bpmn + "exclusiveGateway"))
        {
            var id = gateway.Attribute("id")!.Value;
            var outgoing = flows.Where(f => f.Attribute("sourceRef")!.Value == id).ToList();
            if (outgoing.Count < 2) continue;
            var @default = gateway.Attribute("default")?.Value;
            Assert.Contains(outgoing, f => f.Attribute("id")!.Value == @default);
            Assert.All(outgoing.Where(f => f.Attribute("id")!.Value != @default), f => Assert.NotNull(f.Element(Bpmn + "conditionExpression")));
        }
    }

    [Theory, MemberData(nameof(Processes))]
    public void Process_HasADiagramShapeForEveryNodeAndAnEdgeForEveryFlow(string file)
    {
        var doc = DefinitionFiles.ProcessDocument(file);
        var process = doc.Descendants(Bpmn + "process").Single();
        var elements = process.Elements().Where(e => e.Name.Namespace == Bpmn && e.Attribute("id") is not null
            && e.Name.LocalName is not ("documentation" or "extensionElements")).Select(e => e.Attribute("id")!.Value).ToList();
        var drawn = doc.Descendants().Where(e => e.Name == BpmnDi + "BPMNShape" || e.Name == BpmnDi + "BPMNEdge")
            .Select(e => e.Attribute("bpmnElement")!.Value).ToList();
        Assert.Equal(elements.Order(), drawn.Order());
        var plane = doc.Descendants(BpmnDi + "BPMNPlane").Single();
        Assert.Equal(process.Attribute("id")!.Value, plane.Attribute("bpmnElement")!.Value);
        Assert.False(string.IsNullOrEmpty(process.Attribute("name")?.Value));
    }

    [Theory, MemberData(nameof(Processes))]
    public void Process_DiagramShapesDoNotOverlap(string file)
    {
        var doc = DefinitionFiles.ProcessDocument(file);
        var boundaries = doc.Descendants(Bpmn + "boundaryEvent").Select(b => b.Attribute("id")!.Value).ToHashSet();
        XNamespace dc = "http://www.omg.org/spec/DD/20100524/DC";
        var shapes = doc.Descendants(BpmnDi + "BPMNShape")
            .Where(s => !boundaries.Contains(s.Attribute("bpmnElement")!.Value)) // boundary events sit on their task's edge
            .Select(s => (Id: s.Attribute("bpmnElement")!.Value, B: s.Element(dc + "Bounds")!))
            .Select(s => (s.Id, X: (double)s.B.Attribute("x")!, Y: (double)s.B.Attribute("y")!, W: (double)s.B.Attribute("width")!, H: (double)s.B.Attribute("height")!))
            .ToList();
        foreach (var a in shapes)
            foreach (var b in shapes.Where(b => string.CompareOrdinal(a.Id, b.Id) < 0))
                Assert.False(a.X < b.X + b.W && b.X < a.X + a.W && a.Y < b.Y + b.H && b.Y < a.Y + a.H, $"{a.Id} overlaps {b.Id}");
    }

    static HashSet<string> FormFields(XDocument doc)
    {
        var formId = doc.Descendants(Zeebe + "formDefinition").First().Attribute("formId")!.Value;
        var form = DefinitionFiles.Form(formId) ?? throw new InvalidOperationException($"form {formId} is missing");
        return form.AllComponents().Where(c => c.HoldsValue || c.IsContainer).Select(c => c.FullPath).Where(p => p.Length > 0).ToHashSet();
    }

    static readonly HashSet<string> FeelWords =
    [
        "and", "or", "not", "true", "false", "null", "if", "then", "else", "for", "in", "return", "some", "every", "satisfies",
        "between", "instance", "of", "item", "count", "sum", "date", "time", "string", "number", "duration", "list", "contains",
    ];

    static IEnumerable<string> Identifiers(string expression)
    {
        var withoutStrings = StringLiteral().Replace(expression, "\"\"");
        return Identifier().Matches(withoutStrings).Select(m => m.Value).Where(w => !FeelWords.Contains(w)).Distinct();
    }

    [GeneratedRegex("\"(?:[^\"\\\\]|\\\\.)*\"")] private static partial Regex StringLiteral();
    [GeneratedRegex(@"[A-Za-z_][A-Za-z0-9_]*")] private static partial Regex Identifier();
    [GeneratedRegex(@"\{\{\s*([^}\s]+)\s*\}\}")] private static partial Regex Placeholder();
}
