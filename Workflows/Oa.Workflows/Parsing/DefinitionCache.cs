using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;

namespace Oa.Workflows.Parsing;

// Parsed definitions are immutable, so one parse per distinct model text is enough.
public sealed class DefinitionCache(int capacity = 1024)
{
    private readonly ConcurrentDictionary<string, BpmnParseResult> entries = new(StringComparer.Ordinal);

    public static DefinitionCache Shared { get; } = new();

    public int Count => entries.Count;

    public BpmnParseResult GetOrParse(string xml, string? sourceName, Func<string, string, BpmnParseResult> parse)
    {
        var hash = Hash(xml);
        if (entries.TryGetValue(hash, out var cached)) return cached;
        var result = parse(xml, hash);
        if (entries.Count >= capacity) entries.Clear();
        entries.TryAdd(hash, result);
        return result;
    }

    public static string Hash(string xml) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(xml)));
}
