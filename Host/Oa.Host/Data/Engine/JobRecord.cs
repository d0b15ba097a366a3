namespace Oa.Host.Data.Engine;

/// <summary>
/// A service-task job the host runs (an <c>IHostServiceTask</c> by <see cref="Type"/>). Written and removed in the
/// engine command's transaction; <see cref="LockedUntil"/> is the lease a worker takes before calling the handler.
/// </summary>
public sealed class JobRecord
{
    public string Id { get; set; } = "";
    public string InstanceId { get; set; } = "";
    public string ElementId { get; set; } = "";
    public string Type { get; set; } = "";
    public int RetriesLeft { get; set; }
    public int Attempts { get; set; }
    public DateTimeOffset DueAt { get; set; }
    public string? LastError { get; set; }
    public DateTimeOffset? LockedUntil { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
