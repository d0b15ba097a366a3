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
    ImmutableSortedDictionary<string, string>? Extensions = null);
