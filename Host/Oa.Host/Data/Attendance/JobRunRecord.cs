namespace Oa.Host.Data.Attendance;

/// <summary>The last run of a Quartz job, written by a job listener on whichever node ran it (for the admin jobs page).</summary>
public sealed class JobRunRecord
{
    public string JobKey { get; set; } = "";
    public DateTimeOffset FiredAt { get; set; }
    public DateTimeOffset FinishedAt { get; set; }
    public bool Succeeded { get; set; }
    public string? Result { get; set; }
    public string? Error { get; set; }
    public string? Node { get; set; }
}
