namespace Oa.Host.Data.Ledgers;

/// <summary>
/// An indexed copy of one top-level scalar field of a record, so lists filter and sort by any field on both
/// providers without JSON functions. Dates are stored as ISO text (sorts as text); numbers also as a double.
/// </summary>
public sealed class LedgerFieldValue
{
    public long Id { get; set; }
    public long RecordId { get; set; }
    public required string LedgerKey { get; set; }
    public required string Field { get; set; }
    public string? Text { get; set; }
    public double? Number { get; set; }
}
