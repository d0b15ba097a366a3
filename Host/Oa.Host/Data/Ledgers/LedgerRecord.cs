namespace Oa.Host.Data.Ledgers;

/// <summary>
/// One record of a ledger. The form data is <see cref="DataJson"/>; the columns beside it exist for list queries:
/// data scope (owner and owner department), keyword search, sorting by date and the natural key a process upserts by.
/// </summary>
public sealed class LedgerRecord
{
    public long Id { get; set; }
    public required string LedgerKey { get; set; }
    public string Title { get; set; } = "";
    /// <summary>Lower-cased text of the definition's keyword fields, for <c>LIKE</c> search.</summary>
    public string Keywords { get; set; } = "";
    /// <summary>The value of the definition's match field (e.g. 合同编号); unique per ledger when set.</summary>
    public string? MatchKey { get; set; }
    public required string OwnerUserName { get; set; }
    public string? OwnerDepartmentId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public required string CreatedBy { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public required string UpdatedBy { get; set; }
    public string DataJson { get; set; } = "{}";
    /// <summary>Optimistic concurrency: an edit based on an older version is refused (409).</summary>
    public int Version { get; set; }
    public List<LedgerFieldValue> Values { get; set; } = [];
}
