using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Oa.Forms.Schema;

namespace Oa.Host.Features.Ledgers;

/// <summary>
/// Reads a ledger definition file (<c>Definitions/Ledgers/*.ledger.json</c>). Every reference (columns, filters,
/// title, keyword, match and tracking fields) must name a top-level scalar field of the form, so a typo is a problem
/// at import instead of an empty column at run time.
/// </summary>
public static partial class LedgerDefinitionParser
{
    [GeneratedRegex("^[a-z][a-z0-9-]{1,63}$")]
    private static partial Regex KeyPattern();

    public static (LedgerDefinition? Definition, IReadOnlyList<string> Problems) Parse(string json)
    {
        var problems = new List<string>();
        JsonObject? root;
        try { root = JsonNode.Parse(json) as JsonObject; }
        catch (JsonException ex) { return (null, [$"不是有效的 JSON (invalid JSON): {ex.Message}"]); }
        if (root is null) return (null, ["定义必须是 JSON 对象 (the definition must be a JSON object)"]);

        var key = Str(root, "key");
        if (key is null || !KeyPattern().IsMatch(key)) problems.Add("key 必须是小写字母开头的 2–64 位字母、数字或连字符 (key: lower-case letters, digits, '-')");
        var name = Str(root, "name");
        if (string.IsNullOrWhiteSpace(name)) problems.Add("name 不能为空 (name is required)");
        if (root["form"] is not JsonObject formJson) return (null, [.. problems, "form 必须是 form-js 表单 (form: a form-js schema is required)"]);

        var parsed = FormSchemaParser.Parse(formJson.ToJsonString());
        if (parsed.Schema is null || parsed.Problems.Count > 0)
            return (null, [.. problems, .. parsed.Problems.Select(p => "form: " + p)]);
        var fields = LedgerField.Of(parsed.Schema);
        var known = fields.Select(f => f.Key).ToHashSet(StringComparer.Ordinal);

        IReadOnlyList<string> List(string prop, bool builtIns = false)
        {
            var items = (root[prop] as JsonArray)?.Select(n => n?.ToString() ?? "").ToList() ?? [];
            foreach (var item in items.Where(i => !known.Contains(i) && !(builtIns && LedgerDefinition.BuiltInColumns.ContainsKey(i))))
                problems.Add($"{prop}: 表单中没有字段 '{item}' (no top-level field '{item}' in the form)");
            return items;
        }
        string? One(string prop)
        {
            var value = Str(root, prop);
            if (value is not null && !known.Contains(value)) problems.Add($"{prop}: 表单中没有字段 '{value}' (no top-level field '{value}' in the form)");
            return value;
        }

        var sort = Str(root, "defaultSort");
        var sortField = sort?.TrimStart('-');
        if (sortField is not null && !known.Contains(sortField) && !LedgerDefinition.BuiltInColumns.ContainsKey(sortField))
            problems.Add($"defaultSort: 没有字段 '{sortField}' (unknown sort field)");
        var access = ParseAccess(root["access"] as JsonArray, problems);

        var definition = new LedgerDefinition
        {
            Key = key ?? "", Name = name ?? "", Description = Str(root, "description"), Schema = parsed.Schema, FormJson = formJson, Fields = fields,
            TitleFields = List("titleFields") is { Count: > 0 } t ? t : fields.Take(1).Select(f => f.Key).ToList(),
            MatchField = One("matchField"), KeywordFields = List("keywordFields"), Columns = List("columns", builtIns: true), Filters = List("filters"),
            SortField = sortField, SortDescending = sort?.StartsWith('-') == true, Access = access, Kind = Str(root, "kind"),
            TrackingField = One("trackingField"), LockField = One("lockField"), Loans = ParseLoans(root["loans"], problems), PhoneField = One("phoneField"), StatusField = One("statusField"),
            CustomerFields = List("customerFields"),
            SortOrder = root["sortOrder"] is JsonValue so && so.TryGetValue<int>(out var order) ? order : 100,
            Hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(root.ToJsonString()))),
        };
        if (definition.Kind is not (null or "contract")) problems.Add($"kind: 未知类型 '{definition.Kind}' (unknown kind; use 'contract' or leave it out)");
        return problems.Count > 0 ? (null, problems) : (definition, []);
    }

    private static List<LedgerAccessRule> ParseAccess(JsonArray? rules, List<string> problems)
    {
        var result = new List<LedgerAccessRule>();
        if (rules is null || rules.Count == 0)
        {
            problems.Add("access: 至少需要一条数据范围规则 (at least one access rule is required)");
            return result;
        }
        foreach (var node in rules)
        {
            if (node is not JsonObject o || Str(o, "role") is not { Length: > 0 } role
                || !Enum.TryParse<LedgerScope>(Str(o, "scope"), ignoreCase: true, out var scope) || scope == LedgerScope.None)
            {
                problems.Add("access: 每条规则需要 role 和 scope (own / department / all) (each rule needs role and scope)");
                continue;
            }
            result.Add(new LedgerAccessRule(role, scope, o["write"] is not JsonValue w || !w.TryGetValue<bool>(out var write) || write));
        }
        return result;
    }

    private static string? Str(JsonObject o, string prop) =>
        o[prop] is JsonValue v && v.TryGetValue<string>(out var s) && s.Length > 0 ? s : null;
}
