namespace Oa.Host.Data.Engine;

/// <summary>
/// A user task as the inbox sees it. Instance columns (title, serial, initiator, process) are copied in so that
/// inbox pages are answered from this table's indexes alone.
/// </summary>
public sealed class WorkTask
{
    public string Id { get; set; } = "";
    public string InstanceId { get; set; } = "";
    public string ElementId { get; set; } = "";
    public string Name { get; set; } = "";
    public string? Assignee { get; set; }
    public WorkTaskStatus Status { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? DueAt { get; set; }
    public DateTimeOffset? CompletedAt { get; set; }
    public string? CompletedBy { get; set; }
    public string? Outcome { get; set; }
    public string? Comment { get; set; }
    public string ProcessKey { get; set; } = "";
    public string ProcessName { get; set; } = "";
    public string InstanceTitle { get; set; } = "";
    public string? SerialNo { get; set; }
    public string? Initiator { get; set; }
    /// <summary>委派: who delegated this task; it returns to them when the delegate resolves it. Null when not delegated.</summary>
    public string? DelegatedBy { get; set; }
    /// <summary>催办: when the applicant last urged this task's holder; the inbox flags it.</summary>
    public DateTimeOffset? UrgedAt { get; set; }
    public string? FormId { get; set; }
    /// <summary>Approval settings for this task (allowed actions, field permissions, comment rules) as JSON.</summary>
    public string? ExtensionsJson { get; set; }
    public List<TaskCandidate> Candidates { get; set; } = [];
}

public enum WorkTaskStatus
{
    Open = 0,
    Completed = 1,
    Cancelled = 2,
}
