using System.Text.Json;

namespace Oa.Workflows.Approvals;

// What the resolver may know about the running instance. EarlierApprovers lists the assignees of the
// instance's completed user tasks, oldest first (dedup looks at all of them or only the last).
// Evaluate runs FEEL (text without the leading '=') against the instance variables.
public sealed record ResolutionContext(
    string TaskId,
    string? Initiator,
    IReadOnlyDictionary<string, JsonElement> Variables,
    Func<string, (object? Value, string? Error)>? Evaluate = null,
    IReadOnlyList<IReadOnlyList<string>>? EarlierApprovers = null,
    IReadOnlyList<string>? ProcessAdmins = null);
