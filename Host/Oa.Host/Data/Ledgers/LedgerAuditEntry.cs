namespace Oa.Host.Data.Ledgers;

/// <summary>
/// Append-only audit of a record change: who, when, from where, and before → after per field (<see cref="ChangesJson"/>).
/// <see cref="JobId"/> is unique: a process write-back retried for the same job finds its earlier write here.
/// </summary>
public sealed class LedgerAuditEntry
{
    public long Id { get; set; }
    public required string LedgerKey { get; set; }
    public long RecordId { get; set; }
    /// <summary>created, updated, deleted.</summary>
    public required string Action { get; set; }
    public required string UserName { get; set; }
    public DateTimeOffset At { get; set; }
    /// <summary>api, page, import, process:{instanceId}.</summary>
    public string? Source { get; set; }
    public string? JobId { get; set; }
    public string ChangesJson { get; set; } = "[]";
}
