using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Oa.Forms.Money;
using Oa.Forms.Validation;
using Oa.Host.Features.Org;

namespace Oa.Host.Features.Workbench;

/// <summary>One printed line: a labelled value, a signature image, a table (repeating group) or a section heading.</summary>
public sealed record PrintItem(string Label, string? Text = null, string? Image = null, IReadOnlyList<string>? Columns = null,
    IReadOnlyList<IReadOnlyList<string>>? Rows = null, bool Heading = false);

/// <summary>
/// Turns the form as the reader may see it (the schema after field permissions, and its data) into print lines:
/// option labels instead of codes, money with 大写, people by name, attachments by file name, repeating groups as tables.
/// Layout-only components (text, spacers, buttons) are left out.
/// </summary>
public static class PrintLayout
{
    private static readonly HashSet<string> Skipped = ["text", "html", "spacer", "separator", "button", "image", "iframe", "filepicker"];

    public static List<PrintItem> Build(JsonObject? schema, JsonObject data, OrgSnapshot org)
    {
        var items = new List<PrintItem>();
        if (schema?["components"] is JsonArray components) Walk(components, data, org, items);
        return items;
    }

    private static void Walk(JsonArray components, JsonObject data, OrgSnapshot org, List<PrintItem> items)
    {
        foreach (var c in components.OfType<JsonObject>())
        {
            var type = (string?)c["type"] ?? "";
            var label = (string?)c["label"] ?? (string?)c["dateLabel"] ?? (string?)c["timeLabel"] ?? (string?)c["key"] ?? "";
            if (Skipped.Contains(type)) continue;
            if (type == "group")
            {
                if (label.Length > 0) items.Add(new PrintItem(label, Heading: true));
                var scope = (string?)c["path"] is { Length: > 0 } path ? Lookup(data, path) as JsonObject ?? [] : data;
                if (c["components"] is JsonArray children) Walk(children, scope, org, items);
                continue;
            }
            if (type == "dynamiclist")
            {
                var columns = (c["components"] as JsonArray ?? []).OfType<JsonObject>().Where(x => !Skipped.Contains((string?)x["type"] ?? "")).ToList();
                var rows = (Lookup(data, (string?)c["path"] ?? "") as JsonArray ?? []).OfType<JsonObject>()
                    .Select(row => (IReadOnlyList<string>)columns.Select(col => Format(col, Lookup(row, (string?)col["key"] ?? ""), org)).ToList()).ToList();
                items.Add(new PrintItem(label, Columns: columns.Select(x => (string?)x["label"] ?? (string?)x["key"] ?? "").ToList(), Rows: rows));
                continue;
            }
            var value = Lookup(data, (string?)c["key"] ?? "");
            if (type == "oa-signature")
            {
                var url = value?.GetValueKind() == JsonValueKind.String ? (string?)value : null;
                items.Add(url is not null && (url.StartsWith("data:image/png;base64,", StringComparison.Ordinal) || url.StartsWith("data:image/jpeg;base64,", StringComparison.Ordinal))
                    ? new PrintItem(label, Image: url) : new PrintItem(label, Text: ""));
                continue;
            }
            var text = Format(c, value, org);
            // A conditional field left empty was most likely hidden on the form (e.g. 病假 only); paper need not show it.
            if (text.Length == 0 && c["conditional"] is not null) continue;
            items.Add(new PrintItem(label, Text: text));
        }
    }

    public static string Format(JsonObject component, JsonNode? value, OrgSnapshot org)
    {
        if (value is null) return "";
        var type = (string?)component["type"] ?? "";
        string Label(JsonNode? v) => (component["values"] as JsonArray ?? []).OfType<JsonObject>()
            .FirstOrDefault(o => JsonNode.DeepEquals(o["value"], v))?["label"]?.ToString() ?? Scalar(v);
        return type switch
        {
            "select" or "radio" => Label(value),
            "checklist" or "taglist" => value is JsonArray a ? string.Join("、", a.Select(Label)) : Label(value),
            "checkbox" => value.GetValueKind() == JsonValueKind.True ? "是" : "否",
            "oa-money" when TryDecimal(value, out var amount) => $"¥{amount.ToString("N2", CultureInfo.InvariantCulture)}（{RmbUppercase.Format(amount)}）",
            "oa-user" => string.Join("、", Many(value).Select(u => org.GetUser(u)?.DisplayName ?? u)),
            "oa-department" => string.Join("、", Many(value).Select(d => org.DepartmentPath(d) is { Length: > 0 } p ? p : d)),
            "oa-attachments" => value is JsonArray files ? string.Join("、", files.OfType<JsonObject>().Select(f => (string?)f["name"] ?? "")) : "",
            _ => Scalar(value),
        };
    }

    private static IEnumerable<string> Many(JsonNode value) => value is JsonArray a
        ? a.Select(x => x is JsonObject o ? (string?)o["id"] ?? (string?)o["userName"] ?? "" : Scalar(x))
        : [value is JsonObject o ? (string?)o["id"] ?? (string?)o["userName"] ?? "" : Scalar(value)];

    private static bool TryDecimal(JsonNode value, out decimal amount)
    {
        amount = 0;
        return value.GetValueKind() switch
        {
            JsonValueKind.Number => value.AsValue().TryGetValue(out amount),
            JsonValueKind.String => decimal.TryParse((string?)value, NumberStyles.Number, CultureInfo.InvariantCulture, out amount),
            _ => false,
        };
    }

    private static string Scalar(JsonNode? v) => v switch
    {
        null => "",
        JsonValue j when j.GetValueKind() == JsonValueKind.String => (string?)j ?? "",
        JsonValue j when j.GetValueKind() == JsonValueKind.True => "是",
        JsonValue j when j.GetValueKind() == JsonValueKind.False => "否",
        _ => v.ToJsonString(),
    };

    /// <summary>Dotted keys nest, as in form-js (<c>address.street</c>).</summary>
    private static JsonNode? Lookup(JsonObject data, string path) => DataPaths.Get(data, path.Split('.'));
}
