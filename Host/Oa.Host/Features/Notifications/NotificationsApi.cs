using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Oa.Host.Data;
using Oa.Host.Data.Notifications;
using Oa.Host.Identity;

namespace Oa.Host.Features.Notifications;

public sealed record NotificationItem(long Id, string Event, string Title, string Body, string? Link, string? InstanceId, DateTimeOffset CreatedAt, bool Unread);
public sealed record NotificationPage(IReadOnlyList<NotificationItem> Items, int Total, int Unread);
public sealed record PreferencesView(bool Email, bool Webhook, IReadOnlyList<string> MutedEvents, IReadOnlyList<string> Events);
public sealed record PreferencesInput(bool? Email, bool? Webhook, IReadOnlyList<string>? MutedEvents);

/// <summary>/api/notifications: a person's own notification centre (nobody reads another's) and their delivery preferences.</summary>
public static class NotificationsApi
{
    public const int CountCap = 99;

    public static void MapNotificationsApi(this IEndpointRouteBuilder app)
    {
        var g = app.MapGroup("/api/notifications").WithTags("Notifications");
        g.MapGet("", List);
        g.MapGet("/unread-count", async (ClaimsPrincipal user, OaDbContext db, CancellationToken ct) => TypedResults.Ok(new { count = await UnreadAsync(db, user.UserName(), ct) }));
        g.MapPost("/{id:long}/read", Read);
        g.MapPost("/read-all", ReadAll);
        g.MapGet("/preferences", async (ClaimsPrincipal user, OaDbContext db, CancellationToken ct) => TypedResults.Ok(await PreferencesAsync(db, user.UserName(), ct)));
        g.MapPut("/preferences", SavePreferences);
    }

    /// <summary>Unread count for the bell, capped (the badge shows "99+").</summary>
    public static Task<int> UnreadAsync(OaDbContext db, string user, CancellationToken ct) =>
        db.Notifications.Where(n => n.UserName == user && n.ReadAt == null).Take(CountCap + 1).CountAsync(ct);

    public static async Task<NotificationPage> PageAsync(OaDbContext db, string user, bool unreadOnly, int page, int size, CancellationToken ct)
    {
        var query = db.Notifications.Where(n => n.UserName == user);
        if (unreadOnly) query = query.Where(n => n.ReadAt == null);
        var total = await query.Take(1000).CountAsync(ct);
        var items = await query.OrderByDescending(n => n.CreatedAt).ThenByDescending(n => n.Id).Skip((page - 1) * size).Take(size)
            .Select(n => new NotificationItem(n.Id, n.Event, n.Title, n.Body, n.Link, n.InstanceId, n.CreatedAt, n.ReadAt == null)).ToListAsync(ct);
        return new NotificationPage(items, total, await UnreadAsync(db, user, ct));
    }

    private static async Task<Ok<NotificationPage>> List(bool? unread, int? page, int? pageSize, ClaimsPrincipal user, OaDbContext db, CancellationToken ct) =>
        TypedResults.Ok(await PageAsync(db, user.UserName(), unread == true, Math.Max(page ?? 1, 1), Math.Clamp(pageSize ?? 20, 1, 100), ct));

    /// <summary>Marks one of the caller's notifications read; someone else's id answers 404, as if it did not exist.</summary>
    public static async Task<Results<NoContent, NotFound>> Read(long id, ClaimsPrincipal user, OaDbContext db, TimeProvider clock, CancellationToken ct) =>
        await MarkReadAsync(db, id, user.UserName(), clock.GetUtcNow(), ct) is null ? TypedResults.NotFound() : TypedResults.NoContent();

    /// <summary>The user's own notification, now marked read; null when it is not theirs (or does not exist).</summary>
    public static async Task<Notification?> MarkReadAsync(OaDbContext db, long id, string user, DateTimeOffset now, CancellationToken ct)
    {
        var n = await db.Notifications.FirstOrDefaultAsync(x => x.Id == id && x.UserName == user, ct);
        if (n is null) return null;
        n.ReadAt ??= now;
        await db.SaveChangesAsync(ct);
        return n;
    }

    public static async Task<Ok<object>> ReadAll(ClaimsPrincipal user, OaDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var name = user.UserName();
        var now = clock.GetUtcNow();
        var count = await db.Notifications.Where(n => n.UserName == name && n.ReadAt == null).ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAt, now), ct);
        return TypedResults.Ok<object>(new { marked = count });
    }

    public static async Task<PreferencesView> PreferencesAsync(OaDbContext db, string user, CancellationToken ct)
    {
        var p = await db.NotificationPreferences.AsNoTracking().FirstOrDefaultAsync(x => x.UserName == user, ct) ?? new NotificationPreference();
        return new PreferencesView(p.Email, p.Webhook, Muted(p), NotificationEvent.All.Select(e => e.Name).ToList());
    }

    public static async Task<Results<Ok<PreferencesView>, ValidationProblem>> SavePreferences(PreferencesInput input, ClaimsPrincipal user, OaDbContext db, CancellationToken ct)
    {
        var unknown = (input.MutedEvents ?? []).Where(e => NotificationEvent.All.All(x => x.Name != e)).ToList();
        if (unknown.Count > 0)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["mutedEvents"] = [$"未知的通知类型 (unknown events): {string.Join(", ", unknown)}"] });
        var name = user.UserName();
        var p = await db.NotificationPreferences.FirstOrDefaultAsync(x => x.UserName == name, ct);
        if (p is null) db.NotificationPreferences.Add(p = new NotificationPreference { UserName = name });
        p.Email = input.Email ?? p.Email;
        p.Webhook = input.Webhook ?? p.Webhook;
        if (input.MutedEvents is not null) p.MutedEvents = input.MutedEvents.Count == 0 ? null : string.Join(',', input.MutedEvents.Distinct());
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(await PreferencesAsync(db, name, ct));
    }

    private static IReadOnlyList<string> Muted(NotificationPreference p) =>
        p.MutedEvents?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];
}
