using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Oa.Host.Data;
using Oa.Host.Identity;

namespace Oa.Host.Features.Notifications;

/// <summary>通知中心: the caller's notifications, newest first, and how they want to be told outside the app.</summary>
public sealed class IndexModel(OaDbContext db, TimeProvider clock) : PageModel
{
    public const int PageSize = 20;

    [BindProperty(SupportsGet = true)] public bool Unread { get; set; }
    [BindProperty(SupportsGet = true, Name = "page")] public int PageNo { get; set; } = 1;

    public NotificationPage Current { get; private set; } = new([], 0, 0);
    public PreferencesView Preferences { get; private set; } = new(true, true, [], []);
    public bool Saved { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        PageNo = Math.Max(PageNo, 1);
        Current = await NotificationsApi.PageAsync(db, User.UserName(), Unread, PageNo, PageSize, ct);
        Preferences = await NotificationsApi.PreferencesAsync(db, User.UserName(), ct);
    }

    /// <summary>Opening a notification marks it read and follows its link (only ever a local path).</summary>
    public async Task<IActionResult> OnGetOpenAsync(long id, CancellationToken ct)
    {
        var link = (await NotificationsApi.MarkReadAsync(db, id, User.UserName(), clock.GetUtcNow(), ct))?.Link;
        return LocalRedirect(link is not null && Url.IsLocalUrl(link) ? link : "/Notifications");
    }

    public async Task<IActionResult> OnPostReadAllAsync(CancellationToken ct)
    {
        await NotificationsApi.ReadAll(User, db, clock, ct);
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostPreferencesAsync(bool email, bool webhook, string[] muted, CancellationToken ct)
    {
        await NotificationsApi.SavePreferences(new PreferencesInput(email, webhook, muted.Where(m => NotificationEvent.All.Any(e => e.Name == m)).ToList()), User, db, ct);
        Saved = true;
        await OnGetAsync(ct);
        return Page();
    }

    public static string EventLabel(string name) => name switch
    {
        NotificationEvent.TaskAssigned => "待我审批",
        NotificationEvent.Approved => "申请通过",
        NotificationEvent.Rejected => "申请驳回",
        NotificationEvent.Returned => "被退回",
        NotificationEvent.Urged => "催办",
        NotificationEvent.CarbonCopy => "抄送",
        NotificationEvent.Timeout => "超时提醒",
        NotificationEvent.Delegated => "委派",
        NotificationEvent.Cancelled => "作废",
        NotificationEvent.Revoked => "发起人撤销",
        NotificationEvent.ReceivableDue => "回款即将到期",
        NotificationEvent.ReceivableOverdue => "回款逾期",
        NotificationEvent.ReceivablesDigest => "回款周报",
        NotificationEvent.LoanDue => "借用即将到期",
        NotificationEvent.LoanOverdue => "借用逾期",
        NotificationEvent.CertificateExpiring => "证书即将到期",
        NotificationEvent.DeputyEnding => "代理即将结束",
        _ => name,
    };
}
