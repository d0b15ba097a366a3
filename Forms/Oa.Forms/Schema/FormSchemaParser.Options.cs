using System.Text.Json.Nodes;
using Oa.Forms.Components;

namespace Oa.Forms.Schema;

public static partial class FormSchemaParser
{
    private static FormComponent WithOptions(FormComponent c, JsonObject obj, ComponentContext ctx)
    {
        switch (c.Kind)
        {
            case ComponentKind.DynamicList:
                var min = Int(obj["minRows"]);
                var max = Int(obj["maxRows"]);
                if (min < 0 || max < 0 || min > max) ctx.Problem("minRows / maxRows 无效 / invalid row limits");
                return min is null && max is null ? c : c with { Rows = new RowLimits(min, max) };
            case ComponentKind.Table:
                return c with { Table = ParseTable(obj, ctx) };
            case ComponentKind.OaAttachments:
                var accept = (Str(obj["accept"]) ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                // `maxSize` is in MB, as the designer's OA properties panel writes it
                var maxSize = Dec(obj["maxSize"]) is { } mb && mb > 0 && mb < 1_000_000 ? (long)(mb * 1024 * 1024) : (long?)null;
                return c with { Attachments = new AttachmentOptions(maxSize, accept, Int(obj["maxFiles"])) };
            case ComponentKind.OaMoney:
                return c with { Money = new MoneyOptions(Str(obj["currency"]) ?? "CNY", !Bool(obj["hideCapital"])) };
            case ComponentKind.OaSerial:
                return c with { Serial = new SerialOptions(Str(obj["pattern"])) };
            case ComponentKind.OaSignature:
                return c with { Signature = new SignatureOptions(Int(obj["maxBytes"]) ?? 512 * 1024) };
            case ComponentKind.OaRelatedRecord:
                return c with { RelatedRecord = ParseRelatedRecord(obj, ctx) };
            default:
                return c;
        }
    }

    private static TableOptions ParseTable(JsonObject obj, ComponentContext ctx)
    {
        var columns = new List<TableColumn>();
        if (obj["columns"] is JsonArray array)
            foreach (var col in array)
                if (col is JsonObject o && Str(o["key"]) is { } key) columns.Add(new TableColumn(key, Str(o["label"]) ?? key));
                else ctx.Problem("表格列必须有 key / table columns need a `key`");
        var dataSource = Str(obj["dataSource"]);
        if (dataSource?.TrimStart().StartsWith('=') == true) Compile(dataSource, "dataSource", ctx);
        var columnsExpression = Str(obj["columnsExpression"]);
        if (columnsExpression is not null) CompileOptional(columnsExpression, "columnsExpression", ctx, requireEquals: true);
        return new TableOptions(dataSource, columns, columnsExpression, Int(obj["rowCount"]));
    }

    private static RelatedRecordOptions? ParseRelatedRecord(JsonObject obj, ComponentContext ctx)
    {
        var ledger = Str(obj["ledgerKey"]);
        if (string.IsNullOrWhiteSpace(ledger))
        {
            ctx.Problem("关联记录缺少 ledgerKey / oa-related-record needs `ledgerKey`");
            return null;
        }
        var mapping = new Dictionary<string, string>(StringComparer.Ordinal);
        // `fieldMap` is what the designer writes; `mapping` is accepted as an alias
        if ((obj["fieldMap"] ?? obj["mapping"]) is JsonObject m)
            foreach (var (from, to) in m)
                if (Str(to) is { } target && ValidPath(target)) mapping[from] = target;
                else ctx.Problem($"mapping.{from} 必须是字段 key / must name a form field");
        return new RelatedRecordOptions(ledger, mapping);
    }
}
