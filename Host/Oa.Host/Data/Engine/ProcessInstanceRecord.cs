namespace Oa.Host.Data.Engine;

/// <summary>
/// An instance: the engine's serialised state plus the columns lists and searches need. <see cref="Version"/> is the
/// optimistic-concurrency check: a save succeeds only when the row still has the version the command loaded.
/// </summary>
public sealed class ProcessInstanceRecord
{
    public string Id { get; set; } = "";
    public string ProcessKey { get; set; } = "";
    public int DefinitionVersion { get; set; }
    public string ProcessName { get; set; } = "";
    public string Status { get; set; } = "running";
    public string? BusinessKey { get; set; }
    public string? SerialNo { get; set; }
    public string Title { get; set; } = "";
    public string? Initiator { get; set; }
    public string? InitiatorDepartmentId { get; set; }
    public string? FormId { get; set; }
    public int? FormVersion { get; set; }
    public string? ParentInstanceId { get; set; }
    public DateTimeOffset StartedAt { get; set; }
    public DateTimeOffset? EndedAt { get; set; }
    public string StateJson { get; set; } = "";
    public long Version { get; set; }
}
