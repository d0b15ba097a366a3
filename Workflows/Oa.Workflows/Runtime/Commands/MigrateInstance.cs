using Oa.Workflows.Model;

namespace Oa.Workflows.Runtime;

// Move a running instance onto another version of its process (Camunda 8 "process instance migration").
// Mapping is old element id → new element id; an element the mapping leaves out keeps its id if the
// target has it. Every waiting token, task, timer, subscription, job, child call and incident must land
// on an element of the same kind in the same scope, or the command is refused and nothing changes.
public sealed record MigrateInstance(
    ProcessDefinition Target,
    IReadOnlyDictionary<string, string>? Mapping = null,
    string? User = null) : EngineCommand;
