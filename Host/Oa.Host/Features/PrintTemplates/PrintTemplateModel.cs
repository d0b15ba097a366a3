using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;
using Oa.Forms.Money;
using Oa.Host.Features.Org;
using Oa.Host.Features.Workbench;
using Scriban.Runtime;

namespace Oa.Host.Features.PrintTemplates;

/// <summary>
/// The model a print template sees (documented in Definitions/README.md, "Print templates"):
/// <c>instance</c> (id, title, process, serialNo, initiator, department, startedAt, endedAt, status),
/// <c>form</c> (raw values by key, lists as arrays), <c>text</c> (what the generic print shows: option labels, names,
/// money with 大写; a repeating group is an array of rows of texts), <c>money.key.amount / .upper</c>,
/// <c>approvals</c> (node, who, action, comment, at), <c>printedAt</c>, <c>printedBy</c> and the function
/// <c>upper(number)</c> (人民币大写). Every string is HTML-encoded here, so templates may emit it as is.
/// </summary>
public static class PrintTemplateModel
{
    private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);
    private static readonly HashSet<string> Skipped = ["text", "html", "spacer", "separator", "button", "image", "iframe", "filepicker"];

    public static ScriptObject Build(PrintSource source, OrgSnapshot org, DateTimeOffset printedAt, string printedBy)
    {
        var row = source.Row;
        var text = new ScriptObject();
        var money = new ScriptObject();
        if (source.Schema?["components"] is JsonArray components) Walk(components, source.Data, org, text, money);
        var approvals = new ScriptArray();
        foreach (var e in source.Timeline.Where(e => e.Verb is not ("任务已创建" or "任务已取消")))
            approvals.Add(Obj(("node", E(e.Node)), ("who", E(e.Who + (e.Target is null ? "" : " → " + e.Target))), ("action", E(e.Verb)),
                ("comment", E(e.Comment)), ("at", e.At.ToLocalTime().ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture))));
        var model = new ScriptObject
        {
            ["instance"] = Obj(("id", E(row.Id)), ("title", E(row.Title)), ("process", E(row.ProcessName)), ("serialNo", E(row.SerialNo)),
                ("initiator", E(source.InitiatorName)), ("department", E(source.Department)),
                ("startedAt", row.StartedAt.ToLocalTime().ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)),
                ("endedAt", row.EndedAt?.ToLocalTime().ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)), ("status", E(Words.Status(row.Status)))),
            ["form"] = Value(source.Data),
            ["text"] = text,
            ["money"] = money,
            ["approvals"] = approvals,
            ["printedAt"] = printedAt.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
            ["printedBy"] = E(printedBy),
        };
        model.Import("upper", new Func<object?, string>(v => decimal.TryParse(Convert.ToString(v, CultureInfo.InvariantCulture), NumberStyles.Number, CultureInfo.InvariantCulture, out var d)
            ? RmbUppercase.Format(d) : ""));
        return model;
    }

    private static void Walk(JsonArray components, JsonObject data, OrgSnapshot org, ScriptObject text, ScriptObject money)
    {
        foreach (var c in components.OfType<JsonObject>())
        {
            var type = (string?)c["type"] ?? "";
            if (Skipped.Contains(type)) continue;
            if (type == "group")
            {
                var scope = (string?)c["path"] is { Length: > 0 } path ? data[path] as JsonObject ?? [] : data;
                if (c["components"] is JsonArray children) Walk(children, scope, org, text, money);
                continue;
            }
            if (type == "dynamiclist" && (string?)c["path"] is { Length: > 0 } listPath)
            {
                var columns = (c["components"] as JsonArray ?? []).OfType<JsonObject>().Where(x => (string?)x["key"] is not null).ToList();
                var rows = new ScriptArray();
                foreach (var r in (data[listPath] as JsonArray ?? []).OfType<JsonObject>())
                    rows.Add(Obj([.. columns.Select(col => ((string)col["key"]!, (object?)E(PrintLayout.Format(col, r[(string)col["key"]!], org))))]));
                text[listPath] = rows;
                continue;
            }
            if ((string?)c["key"] is not { Length: > 0 } key) continue;
            var value = data[key];
            text[key] = type == "oa-signature" ? E(value?.GetValueKind() == JsonValueKind.String ? (string?)value : null) : E(PrintLayout.Format(c, value, org));
            if (type == "oa-money" && value is JsonValue v && decimal.TryParse(v.ToString(), NumberStyles.Number, CultureInfo.InvariantCulture, out var amount))
                money[key] = Obj(("amount", amount.ToString("N2", CultureInfo.InvariantCulture)), ("upper", RmbUppercase.Format(amount)), ("value", amount));
        }
    }

    private static object? Value(JsonNode? node) => node switch
    {
        null => null,
        JsonObject o => Obj([.. o.Select(p => (p.Key, Value(p.Value)))]),
        JsonArray a => new ScriptArray(a.Select(Value)),
        JsonValue v when v.GetValueKind() == JsonValueKind.String => E((string?)v),
        JsonValue v when v.GetValueKind() == JsonValueKind.Number => v.TryGetValue<decimal>(out var d) ? d : decimal.Parse(v.ToJsonString(), CultureInfo.InvariantCulture),
        JsonValue v when v.GetValueKind() is JsonValueKind.True or JsonValueKind.False => v.GetValue<bool>(),
        _ => null,
    };

    private static ScriptObject Obj(params (string Key, object? Value)[] pairs)
    {
        var o = new ScriptObject();
        foreach (var (k, v) in pairs) o[k] = v;
        return o;
    }

    private static string E(string? s) => s is null ? "" : Html.Encode(s);
}
