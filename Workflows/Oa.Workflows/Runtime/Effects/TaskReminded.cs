using System.Collections.Immutable;

namespace Oa.Workflows.Runtime;

// A task's remind timeout fired (attempt 1..repeat): whoever can act on the task should be told.
// The same facts go into the "TaskReminded" history event, which is what a host persists.
public sealed record TaskReminded(string TaskId, string InstanceId, string ElementId, string? Assignee,
    ImmutableList<string> CandidateUsers, ImmutableList<string> CandidateGroups, int Attempt, int Repeat) : EngineEffect;
