using System.Text.Json;
using System.Xml.Linq;
using Oa.Workflows.Approvals;

namespace Oa.Workflows.Tests.Approvals;

// Test shorthand: an <oa:approval> from its attributes and children, parsed for element Task_1.
internal static class Approval
{
    public const string TaskId = "Task_1";

    public static XElement Xml(string attributes, string children) =>
        XElement.Parse($"""<oa:approval xmlns:oa="{OaSchema.NamespaceUri}" {attributes}>{children}</oa:approval>""", LoadOptions.SetLineInfo);

    public static ApprovalParseResult Parse(string attributes, string children) =>
        ApprovalPolicyParser.Default.Parse(TaskId, Xml(attributes, children));

    public static ApprovalPolicy Policy(string attributes, string children)
    {
        var result = Parse(attributes, children);
        Assert.True(result.IsValid, string.Join("\n", result.Problems));
        return result.Policy!;
    }

    public static ResolutionContext Context(string initiator = "xiaoming", object? variables = null,
        IReadOnlyList<IReadOnlyList<string>>? earlier = null, IReadOnlyList<string>? admins = null,
        Func<string, (object?, string?)>? evaluate = null) =>
        new(TaskId, initiator, Variables(variables), evaluate, earlier, admins);

    public static IReadOnlyDictionary<string, JsonElement> Variables(object? variables) =>
        variables is null ? new Dictionary<string, JsonElement>()
            : JsonSerializer.SerializeToElement(variables).EnumerateObject().ToDictionary(p => p.Name, p => p.Value.Clone());
}
