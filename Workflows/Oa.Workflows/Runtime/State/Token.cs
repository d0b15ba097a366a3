using System.Collections.Immutable;
using System.Text.Json;

namespace Oa.Workflows.Runtime;

// One active path (an element instance, in Zeebe terms). ParentId points at the enclosing
// sub-process or multi-instance body token; null means process level.
public sealed record Token(
    string Id,
    string ElementId,
    string? ParentId,
    TokenState State,
    string? Via = null,
    ImmutableSortedDictionary<string, JsonElement>? Locals = null,
    MultiInstanceState? Loop = null,
    int? LoopCounter = null);
