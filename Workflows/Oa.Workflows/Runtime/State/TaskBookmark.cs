using System.Collections.Immutable;

namespace Oa.Workflows.Runtime;

public sealed record TaskBookmark(
    string TaskId,
    string TokenId,
    string ElementId,
    string? Name,
    string? Assignee,
    ImmutableList<string> CandidateUsers,
    ImmutableList<string> CandidateGroups,
    DateTimeOffset? DueDate,
    DateTimeOffset? FollowUpDate,
    string? FormId,
    DateTimeOffset CreatedAt,
    int? LoopCounter = null,
    int? LoopTotal = null,
    ImmutableSortedDictionary<string, string>? Extensions = null,
    ReturnedRequest? Returned = null,   // set on the initiator's task after 退回发起人
    string? SignFor = null,             // 前加签: the holder the task comes back to after the signer approves
    string? SignerAfter = null);        // 后加签: who gets a task of this node once this one is approved
