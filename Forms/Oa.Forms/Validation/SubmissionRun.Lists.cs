using System.Text.Json.Nodes;
using Oa.Forms.Permissions;
using Oa.Forms.Schema;

namespace Oa.Forms.Validation;

internal sealed partial class SubmissionRun
{
    private void ProcessList(FormComponent list, JsonObject row, Dictionary<string, object?> rowFeel,
        JsonObject outRow, string prefix, RowFrame? frame)
    {
        var path = DataPaths.Join(prefix, list.DataPath);
        var editable = access[list] == FieldAccess.Editable;
        DataPaths.TryGet(row, list.DataPath, out var value);

        if (value is not null and not JsonArray)
        {
            if (editable) errors.Add(Messages.Type(path, "行列表", "a list of rows"));
            FeelData.Remove(rowFeel, list.DataPath);
            return;
        }

        var rows = value as JsonArray ?? [];
        if (editable && list.Rows is { } limits)
        {
            if (limits.MinRows is { } min && rows.Count < min) errors.Add(Messages.MinRows(path, min));
            if (limits.MaxRows is { } max && rows.Count > max) errors.Add(Messages.MaxRows(path, max));
        }
        if (value is null)
        {
            FeelData.Remove(rowFeel, list.DataPath);
            return;
        }

        var parent = Context(frame);
        var outRows = new JsonArray();
        var feelRows = new List<object?>();
        for (var i = 0; i < rows.Count; i++)
        {
            var rowPath = $"{path}[{i}]";
            if (rows[i] is not JsonObject r)
            {
                if (editable) errors.Add(Messages.Type(rowPath, "对象", "an object"));
                continue;
            }
            FillRelatedRecords(list.Components, r, rowPath);
            var feelRow = ToFeelObject(r);
            var indexes = new List<object?>(frame?.Indexes ?? []) { (decimal)(i + 1) };
            var outR = new JsonObject();
            ProcessScope(list.Components, r, feelRow, outR, rowPath, new RowFrame(feelRow, parent, indexes));
            outRows.Add(outR);
            feelRows.Add(feelRow);
        }
        DataPaths.Set(outRow, list.DataPath, outRows);
        // Later scopes (a sum expression, say) see the rows as decided: hidden cells gone, expressions computed.
        FeelData.Set(rowFeel, list.DataPath, feelRows);
    }
}
