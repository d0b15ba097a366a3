using System.Text.Json;

namespace Oa.Workflows.Runtime;

// Cancel first, then activate, then set variables: the primitive behind 退回 (return-to-node) and admin jumps.
public sealed record ModifyInstance(
    IReadOnlyList<string>? CancelElementIds = null,
    IReadOnlyList<string>? CancelTokenIds = null,
    IReadOnlyList<string>? ActivateElementIds = null,
    IReadOnlyDictionary<string, JsonElement>? Variables = null,
    string? User = null) : EngineCommand;
