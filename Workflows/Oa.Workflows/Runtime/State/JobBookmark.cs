using System.Collections.Immutable;

namespace Oa.Workflows.Runtime;

public sealed record JobBookmark(string JobId, string TokenId, string ElementId, string Type, int Retries, ImmutableSortedDictionary<string, string> Headers, string? LastError = null);
