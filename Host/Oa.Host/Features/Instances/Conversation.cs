using System.Security.Claims;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Oa.Host.Data;
using Oa.Host.Data.Engine;
using Oa.Host.Features.Notifications;
using Oa.Host.Features.Tasks;
using Oa.Host.Identity;

namespace Oa.Host.Features.Instances;

public sealed record CcInput(IReadOnlyList<string>? UserNames, string? Comment);
public sealed record CommentInput(string? Text);

/// <summary>
/// 抄送 by hand and the comment thread of a request. Anyone who may see the request may copy it to colleagues or
/// comment on it; <c>@username</c> in a comment tells that person and lets them read the request (a CC).
/// Each is one history entry, its CC rows and its notifications, saved together.
/// </summary>
public sealed partial class Conversation(OaDbContext db, NotificationOutbox outbox, TimeProvider clock)
{
    public const int MaxComment = 2000;

    public abstract record Result;
    public sealed record Done : Result;
    public sealed record Missing : Result;
    public sealed record Invalid(Dictionary<string, string[]> Errors) : Result;

    public async Task<Result> CopyAsync(string id, CcInput input, ClaimsPrincipal principal, string? clientIp, CancellationToken ct)
    {
        var row = await VisibleAsync(id, principal, ct);
        if (row is null) return new Missing();
        var wanted = (input.UserNames ?? []).Select(u => u.Trim()).Where(u => u.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (wanted.Count is 0 or > 50) return new Invalid(new() { ["userNames"] = ["请选择 1～50 位抄送人 (choose 1 to 50 people)"] });
        var known = await ActiveUsersAsync(wanted, ct);
        if (wanted.Except(known, StringComparer.OrdinalIgnoreCase).ToList() is { Count: > 0 } unknown)
            return new Invalid(new() { ["userNames"] = [$"用户不存在或已停用 (unknown or inactive): {string.Join(", ", unknown)}"] });
        var user = principal.UserName();
        var comment = Clip(input.Comment);
        AddHistory(row.Id, "CarbonCopied", user, comment, clientIp, System.Text.Json.JsonSerializer.Serialize(new { to = known }));
        await CopyToAsync(row, known, user, comment, ct);
        await db.SaveChangesAsync(ct);
        return new Done();
    }

    public async Task<Result> CommentAsync(string id, CommentInput input, ClaimsPrincipal principal, string? clientIp, CancellationToken ct)
    {
        var row = await VisibleAsync(id, principal, ct);
        if (row is null) return new Missing();
        var text = input.Text?.Trim();
        if (string.IsNullOrEmpty(text)) return new Invalid(new() { ["text"] = ["请填写评论内容 (write something)"] });
        if (text.Length > MaxComment) return new Invalid(new() { ["text"] = [$"评论不能超过 {MaxComment} 字 (at most {MaxComment} characters)"] });
        var user = principal.UserName();
        var mentioned = await ActiveUsersAsync(Mention().Matches(text).Select(m => m.Groups[1].Value).Distinct().ToList(), ct);
        mentioned = mentioned.Where(m => !string.Equals(m, user, StringComparison.OrdinalIgnoreCase)).ToList();
        AddHistory(row.Id, "Commented", user, text, clientIp, mentioned.Count == 0 ? null : System.Text.Json.JsonSerializer.Serialize(new { mentioned }));
        if (mentioned.Count > 0) await CopyToAsync(row, mentioned, user, text, ct);
        await db.SaveChangesAsync(ct);
        return new Done();
    }

    private async Task<ProcessInstanceRecord?> VisibleAsync(string id, ClaimsPrincipal principal, CancellationToken ct)
    {
        var row = await db.ProcessInstances.AsNoTracking().FirstOrDefaultAsync(i => i.Id == id, ct);
        return row is not null && await TaskAccess.CanSeeInstanceAsync(db, row, principal, ct) ? row : null;
    }

    /// <summary>Adds a CC row for each person not yet copied, and tells every one of them.</summary>
    private async Task CopyToAsync(ProcessInstanceRecord row, IReadOnlyList<string> people, string from, string? comment, CancellationToken ct)
    {
        var already = await db.CarbonCopies.Where(c => c.InstanceId == row.Id && people.Contains(c.UserName)).Select(c => c.UserName).ToListAsync(ct);
        var now = clock.GetUtcNow();
        foreach (var person in people.Except(already, StringComparer.OrdinalIgnoreCase))
            db.CarbonCopies.Add(new CarbonCopy { InstanceId = row.Id, UserName = person, FromUser = from, At = now, InstanceTitle = row.Title, ProcessName = row.ProcessName, SerialNo = row.SerialNo });
        await outbox.AddAsync(db, new NotificationRequest(NotificationEvent.CarbonCopy, people.ToList(), row.Id, row.Title, row.SerialNo, from, Comment: comment), ct);
    }

    private async Task<List<string>> ActiveUsersAsync(IReadOnlyList<string> names, CancellationToken ct) =>
        names.Count == 0 ? [] : (await db.Users.AsNoTracking().Where(u => u.Active && names.Contains(u.UserName!)).Select(u => u.UserName!).ToListAsync(ct));

    private void AddHistory(string instanceId, string type, string user, string? comment, string? ip, string? data) =>
        db.History.Add(new HistoryRecord { InstanceId = instanceId, Type = type, UserName = user, At = clock.GetUtcNow(), Comment = comment, ClientIp = ip, Data = data });

    private static string? Clip(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim()[..Math.Min(s.Trim().Length, MaxComment)];

    /// <summary>@ followed by a user name (letters, digits, dot, dash, underscore), not inside an e-mail address.</summary>
    [GeneratedRegex(@"(?<![\w.])@([A-Za-z0-9._-]{2,64})")]
    private static partial Regex Mention();
}
