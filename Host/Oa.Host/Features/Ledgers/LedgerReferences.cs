using Oa.Forms.Schema;

namespace Oa.Host.Features.Ledgers;

/// <summary>
/// What a 关联记录 (oa-related-record) field names must exist: its <c>ledgerKey</c> a ledger, and each <c>fieldMap</c>
/// source a field of that ledger's records. Oa.Forms knows no ledgers, so it cannot tell; without this a typo would
/// publish and leave every applicant with a picker that finds nothing, or a mapped field that silently stays empty
/// (the copy reads <c>record[from]</c>). Used by both publish paths that carry forms: processes/forms
/// (DefinitionValidator) and ledger definitions (LedgerPublisher), whose own forms may relate to another ledger.
/// </summary>
public static class LedgerReferences
{
    public sealed record Problem(string ComponentId, string Message);

    /// <param name="fieldsOf">The top-level field keys of a ledger's records, or null when no such ledger exists.</param>
    public static IEnumerable<Problem> Check(FormSchema schema, Func<string, IReadOnlySet<string>?> fieldsOf)
    {
        foreach (var c in schema.AllComponents())
        {
            if (c.Kind != ComponentKind.OaRelatedRecord || c.RelatedRecord is not { } related) continue;
            if (fieldsOf(related.LedgerKey) is not { } fields)
            {
                yield return new(c.Id, $"ledgerKey: 台账 {related.LedgerKey} 不存在 (field '{c.Key}': ledger '{related.LedgerKey}' does not exist)");
                continue;
            }
            foreach (var from in related.Mapping.Keys.Where(f => !fields.Contains(f)))
                yield return new(c.Id, $"fieldMap.{from}: 台账 {related.LedgerKey} 没有字段 {from} (field '{c.Key}': ledger '{related.LedgerKey}' has no field '{from}')");
        }
    }

    /// <summary>The keys a ledger record's data has at its top level: its form's fields, lists and pathed groups (groups without a path add none).</summary>
    public static IReadOnlySet<string> FieldsOf(FormSchema schema)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        void Walk(IEnumerable<FormComponent> components)
        {
            foreach (var c in components)
            {
                if (c.DataPath.Count > 0 && (c.HoldsValue || c.IsContainer)) keys.Add(c.DataPath[0]);
                else if (c.Kind == ComponentKind.Group) Walk(c.Components);
            }
        }
        Walk(schema.Components);
        return keys;
    }
}
