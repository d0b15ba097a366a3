using System.Text.Json;
using System.Text.Json.Nodes;

namespace Oa.Forms.Schema;

// Parses form-js JSON into FormSchema. Never throws: every defect becomes a FormProblem, and a schema
// with problems is not returned (an approval form that half-works is worse than a clear rejection).
public static partial class FormSchemaParser
{
    private const int MaxDepth = 32;

    public static FormParseResult Parse(string json)
    {
        var state = new ParseState();
        try
        {
            var schema = ParseRoot(json, state);
            return new FormParseResult(state.Problems.Count == 0 ? schema : null, state.Problems);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Defensive: a bug in a branch above must still surface as a problem, not an exception.
            state.Add(null, null, null, "内部错误 / internal parser error: " + ex.Message);
            return new FormParseResult(null, state.Problems);
        }
    }

    private static FormSchema? ParseRoot(string json, ParseState state)
    {
        JsonNode? node;
        try
        {
            node = JsonNode.Parse(json ?? "", documentOptions: new JsonDocumentOptions { MaxDepth = 256 });
        }
        catch (JsonException ex)
        {
            state.Add(null, null, null, "JSON 无法解析 / invalid JSON: " + ex.Message);
            return null;
        }

        if (node is not JsonObject root)
        {
            state.Add(null, null, null, "表单定义必须是 JSON 对象 / the form schema must be a JSON object");
            return null;
        }

        if (root["components"] is not JsonArray array)
        {
            state.Add(null, null, null, "缺少 components 数组 / `components` must be an array");
            return null;
        }

        var type = root["type"];
        if (type is not null && Str(type) != "default")
            state.Add(null, null, null, "表单类型必须为 default / form `type` must be \"default\"");

        var rootScope = new Scope([], "", InRow: false, Depth: 0);
        var components = ParseComponents(array, rootScope, state);
        state.CheckPaths();
        CheckMappings(components, state);
        if (state.Problems.Count == 0) CheckCycles(components, inRow: false, state);

        Materialize(root);
        return new FormSchema
        {
            Id = Str(root["id"]),
            SchemaVersion = Int(root["schemaVersion"]),
            Raw = root,
            Components = components,
        };
    }

    private static List<FormComponent> ParseComponents(JsonArray array, Scope scope, ParseState state)
    {
        var list = new List<FormComponent>();
        for (var i = 0; i < array.Count; i++)
        {
            if (array[i] is not JsonObject obj)
            {
                state.Add(null, null, scope.FullPrefix, $"components[{i}] 不是对象 / is not an object");
                continue;
            }
            var component = ParseComponent(obj, scope, state);
            if (component is not null) list.Add(component);
        }
        return list;
    }

    // JsonNode.Parse builds objects lazily and the first read initialises them, which is not
    // thread-safe; touching every node once lets a parsed schema be cached and shared.
    private static void Materialize(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var (_, child) in o) Materialize(child);
                break;
            case JsonArray a:
                foreach (var child in a) Materialize(child);
                break;
        }
    }

    // Where children of a container put their data: DataPrefix is relative to the current
    // dynamiclist row (or the root), FullPrefix is the permission/error path without indexes.
    private sealed record Scope(IReadOnlyList<string> DataPrefix, string FullPrefix, bool InRow, int Depth, string RowScopeId = "")
    {
        public string Join(IEnumerable<string> segments) =>
            (FullPrefix.Length == 0 ? "" : FullPrefix + ".") + string.Join('.', segments);
    }
}
