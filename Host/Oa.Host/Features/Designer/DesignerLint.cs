using Oa.Host.Features.Definitions;
using Oa.Workflows.Approvals;
using Oa.Workflows.Model;
using Oa.Workflows.Nodes;

namespace Oa.Host.Features.Designer;

/// <summary>
/// What the designer refuses on top of the engine's validation: a user task nobody is assigned to deploys, but its
/// requests would sit unowned. (Unreachable nodes need no lint here: the engine's ProcessValidator refuses them.)
/// </summary>
public static class DesignerLint
{
    public static IEnumerable<DefinitionProblem> Check(string file, ProcessDefinition process)
    {
        foreach (var task in process.Nodes.OfType<UserTask>())
        {
            var approval = task.ExtensionElements.Any(e => e.Namespace == OaSchema.NamespaceUri && e.Name == OaSchema.Approval.Element);
            if (!approval && task.Assignee is null && task.CandidateUsers is null && task.CandidateGroups is null)
                yield return new DefinitionProblem(file, task.Id, task.Line, "用户任务没有设置审批人：在「审批设置」中添加审批人 (user task has no approver rule)");
        }
    }
}
