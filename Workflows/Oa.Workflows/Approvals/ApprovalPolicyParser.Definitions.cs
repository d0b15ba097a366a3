using Oa.Workflows.Model;
using Oa.Workflows.Nodes;

namespace Oa.Workflows.Approvals;

public sealed partial class ApprovalPolicyParser
{
    // One call for the deploy-time validator: every user task's oa:approval, with rejectTo checked
    // against the definition's nodes.
    public IReadOnlyList<(string ElementId, string Message)> Validate(ProcessDefinition definition)
    {
        var problems = new List<(string ElementId, string Message)>();
        foreach (var task in definition.Nodes.OfType<UserTask>())
        {
            var result = Parse(task, id => definition.Node(id) is not null);
            problems.AddRange(result.Problems);
            // The executor consults the planner only for tasks without a modelled loop, so the
            // policy would be silently ignored.
            if (task.Loop is not null && task.ExtensionElements.Any(e => e.Namespace == OaSchema.NamespaceUri && e.Name == OaSchema.Approval.Element))
                problems.Add((task.Id, "oa:approval cannot be combined with multiLoopCharacteristics; choose the method on oa:approval instead"));
        }
        return problems;
    }
}
