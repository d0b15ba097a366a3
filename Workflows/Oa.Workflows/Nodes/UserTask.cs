using Oa.Workflows.Model;

namespace Oa.Workflows.Nodes;

public sealed partial class UserTask : Activity
{
    public UserTask(string id, string? name, int? line) : base(id, name, line) { }

    public override string BpmnType => "userTask";

    public Expression? Assignee { get; init; }

    public Expression? CandidateUsers { get; init; }

    public Expression? CandidateGroups { get; init; }

    public Expression? DueDate { get; init; }

    public Expression? FollowUpDate { get; init; }

    public string? FormId { get; init; }
}
