using System.Collections.Immutable;
using System.Text.Json;

namespace Oa.Workflows.Runtime;

// Counters of a multi-instance body. Items are the input collection (or the planned assignees);
// Outputs collects outputElement per loopCounter. Approval is set when an IUserTaskPlanner drives it.
public sealed record MultiInstanceState(
    int Total,
    int Completed,
    int Active,
    int NextIndex,
    ImmutableList<JsonElement> Items,
    ImmutableList<JsonElement>? Outputs = null,
    ApprovalState? Approval = null);
