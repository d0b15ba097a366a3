using Oa.Host.Data.Engine;

namespace Oa.Host.Features.Tasks;

/// <summary>
/// The inbox's filters and sort, shared by GET /api/tasks and the inbox page. Every filter is optional; the keyword
/// matches title or serial number. Dates are whole days in the server's zone, inclusive.
/// </summary>
public sealed record InboxFilter(string? Process = null, string? Status = null, string? Initiator = null, DateOnly? From = null, DateOnly? To = null,
    string? Q = null, string? Sort = null)
{
    public static readonly string[] Sorts = ["newest", "oldest", "due"];

    public bool IsEmpty => Process is null && Status is null && Initiator is null && From is null && To is null && Q is null;

    public bool Oldest => Sort == "oldest";

    public InboxFilter Normalised() => new(Blank(Process), Blank(Status), Blank(Initiator), From, To, Blank(Q)?[..Math.Min(Q!.Trim().Length, 100)], Sorts.Contains(Sort) ? Sort : null);

    public DateTimeOffset? FromAt => From is { } d ? new DateTimeOffset(d.ToDateTime(TimeOnly.MinValue), TimeZoneInfo.Local.GetUtcOffset(d.ToDateTime(TimeOnly.MinValue))) : null;

    public DateTimeOffset? ToAt => To is { } d ? new DateTimeOffset(d.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeZoneInfo.Local.GetUtcOffset(d.AddDays(1).ToDateTime(TimeOnly.MinValue))) : null;

    public IQueryable<WorkTask> Apply(IQueryable<WorkTask> q, bool completed)
    {
        if (Process is not null) q = q.Where(t => t.ProcessKey == Process);
        if (Initiator is not null) q = q.Where(t => t.Initiator == Initiator);
        if (Q is not null) q = q.Where(t => t.InstanceTitle.Contains(Q) || (t.SerialNo != null && t.SerialNo.Contains(Q)));
        if (completed && Status is not null) q = q.Where(t => t.Outcome == Status);
        if (FromAt is { } from) q = completed ? q.Where(t => t.CompletedAt >= from) : q.Where(t => t.CreatedAt >= from);
        if (ToAt is { } to) q = completed ? q.Where(t => t.CompletedAt < to) : q.Where(t => t.CreatedAt < to);
        return q;
    }

    public IQueryable<ProcessInstanceRecord> Apply(IQueryable<ProcessInstanceRecord> q)
    {
        if (Process is not null) q = q.Where(i => i.ProcessKey == Process);
        if (Status is not null) q = q.Where(i => i.Status == Status);
        if (Q is not null) q = q.Where(i => i.Title.Contains(Q) || (i.SerialNo != null && i.SerialNo.Contains(Q)));
        if (FromAt is { } from) q = q.Where(i => i.StartedAt >= from);
        if (ToAt is { } to) q = q.Where(i => i.StartedAt < to);
        return q;
    }

    /// <param name="processName">CC rows carry the process name, not its key; the caller resolves it.</param>
    public IQueryable<CarbonCopy> Apply(IQueryable<CarbonCopy> q, string? processName)
    {
        if (Process is not null) q = q.Where(c => c.ProcessName == (processName ?? Process));
        if (Initiator is not null) q = q.Where(c => c.FromUser == Initiator);
        if (Status == "unread") q = q.Where(c => c.ReadAt == null);
        if (Status == "read") q = q.Where(c => c.ReadAt != null);
        if (Q is not null) q = q.Where(c => c.InstanceTitle.Contains(Q) || (c.SerialNo != null && c.SerialNo.Contains(Q)));
        if (FromAt is { } from) q = q.Where(c => c.At >= from);
        if (ToAt is { } to) q = q.Where(c => c.At < to);
        return q;
    }

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
