using System.Text.Json;
using System.Text.Json.Nodes;
using Oa.Forms.Permissions;
using Oa.Forms.Schema;

namespace Oa.Forms.Validation;

internal sealed partial class SubmissionRun
{
    // oa-related-record: the server, not the browser, copies the ledger record's mapped fields,
    // so a tampered client cannot fill them with values that are not in the ledger.
    private void FillRelatedRecords(IReadOnlyList<FormComponent> scope, JsonObject row, string prefix)
    {
        foreach (var node in DependencyOrder.Flatten(scope))
        {
            var c = node.Component;
            if (c.Kind != ComponentKind.OaRelatedRecord || c.RelatedRecord is not { } options) continue;
            if (access[c] != FieldAccess.Editable || ctx.FindRelatedRecord is null) continue;
            if (RecordId(DataPaths.Get(row, c.DataPath)) is not { } recordId) continue;

            var record = ctx.FindRelatedRecord(options.LedgerKey, recordId);
            if (record is null)
            {
                errors.Add(Messages.RecordNotFound(DataPaths.Join(prefix, c.DataPath)));
                continue;
            }
            foreach (var (from, to) in options.Mapping)
                DataPaths.Set(row, to.Split('.'), record[from]?.DeepClone());
        }
    }

    // The picker stores { id, title }; a bare id or { recordId } is accepted too.
    private static string? RecordId(JsonNode? value) => value switch
    {
        JsonValue => Id(value),
        JsonObject o => Id(o["id"] ?? o["recordId"]),
        _ => null,
    };
}
