namespace Oa.Host.Data.Engine;

/// <summary>A user or group (role) that may claim an unassigned task.</summary>
public sealed class TaskCandidate
{
    public string TaskId { get; set; } = "";
    public CandidateKind Kind { get; set; }
    public string Value { get; set; } = "";
}

public enum CandidateKind
{
    User = 0,
    Group = 1,
}
