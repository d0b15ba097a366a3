
namespace Oa.Workflows.Runtime;

// Extensions carries the approval layer's per-task data (field permissions, buttons, …).
public sealed record UserTaskInfo(
    string TaskId,
    string InstanceId,
    string ElementId,
    string? Name,
    string? Assignee,
    IReadOnlyList<string> CandidateUsers,
    IReadOnlyList<string> CandidateGroups,
    DateTimeOffset? DueDate,
    DateTimeOffset? FollowUpDate,
    string? FormId,
    int? LoopCounter,
    int? LoopTotal,
    IReadOnlyDictionary<string, string> Extensions);
