using System.Text.Json;
using System.Text.Json.Nodes;
using Oa.Forms.Validation;
using Oa.Host.Features.Org;
using Oa.Host.Features.Workbench;

namespace Oa.Host.Features.Drafts;

/// <summary>
/// One line that tells a user's drafts of the same process apart in the 草稿 box: the first few filled fields of the form
/// in form order, as 「请假类型：年假 · 天数：3 · 事由：回老家探亲」, values written as print shows them (option labels, people
/// by name). Unticked boxes, signatures and repeating groups say little about which draft it is and are left out.
/// </summary>
public static class DraftDigest
{
    public const int MaxFields = 3;
    public const int MaxValueLength = 24;

    private static readonly HashSet<string> Skipped =
        ["text", "html", "spacer", "separator", "button", "image", "iframe", "filepicker", "dynamiclist", "table", "oa-signature", "oa-serial", "expression"];

    public static string Of(JsonObject? schema, string dataJson, OrgSnapshot org)
    {
        JsonObject data;
        try { data = JsonNode.Parse(dataJson) as JsonObject ?? []; }
        catch (JsonException) { return ""; }
        var parts = new List<string>();
        if (schema?["components"] is JsonArray components) Walk(components, data, org, parts);
        return string.Join(" · ", parts);
    }

    private static void Walk(JsonArray components, JsonObject data, OrgSnapshot org, List<string> parts)
    {
        foreach (var c in components.OfType<JsonObject>())
        {
            if (parts.Count >= MaxFields) return;
            var type = (string?)c["type"] ?? "";
            if (Skipped.Contains(type)) continue;
            if (type == "group")
            {
                var scope = (string?)c["path"] is { Length: > 0 } path ? DataPaths.Get(data, path.Split('.')) as JsonObject ?? [] : data;
                if (c["components"] is JsonArray children) Walk(children, scope, org, parts);
                continue;
            }
            var value = (string?)c["key"] is { Length: > 0 } key ? DataPaths.Get(data, key.Split('.')) : null;
            if (value is null || (type == "checkbox" && value.GetValueKind() != JsonValueKind.True)) continue;
            // Money without its 大写: the figure is what tells drafts apart.
            var text = PrintLayout.Format(c, value, org).Trim();
            if (type == "oa-money") text = text.Split('（')[0];
            if (text.Length == 0 || text is "[]" or "{}") continue;
            if (text.Length > MaxValueLength) text = text[..MaxValueLength] + "…";
            var label = (string?)c["label"] ?? (string?)c["dateLabel"] ?? (string?)c["key"];
            parts.Add(string.IsNullOrWhiteSpace(label) ? text : $"{label}：{text}");
        }
    }
}
