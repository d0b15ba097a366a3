using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Oa.Host.Data;
using Oa.Host.Features.Org;
using Oa.Host.Features.Tasks;

namespace Oa.Host.Features.Workbench;

/// <summary>The four inbox boxes over the same capped, index-only queries as GET /api/tasks.</summary>
public sealed class InboxModel(OaDbContext db, OrgCache orgCache, TimeProvider clock) : PageModel
{
    public const int PageSize = 20;

    public static readonly (string Box, string Label)[] Tabs = [("todo", "待办"), ("done", "已办"), ("mine", "我发起的"), ("cc", "抄送我的")];

    [BindProperty(SupportsGet = true)] public string? Box { get; set; }
    public int PageNo { get; private set; } = 1;
    [BindProperty(SupportsGet = true)] public string? Done { get; set; }

    public InboxPage Current { get; private set; } = new([], 0, false);
    public Dictionary<string, string> Counts { get; } = [];
    public OrgSnapshot Org { get; private set; } = null!;
    public DateTimeOffset Now { get; private set; }

    public int PageCount => Current.TotalCapped ? PageNo + (Current.Items.Count == PageSize ? 1 : 0) : Math.Max(1, (Current.Total + PageSize - 1) / PageSize);

    public async Task OnGetAsync(CancellationToken ct)
    {
        if (Tabs.All(t => t.Box != Box)) Box = "todo";
        // "page" is also Razor Pages' own route value (the page path), so it is read from the query string by hand.
        PageNo = int.TryParse(Request.Query["page"], out var n) ? Math.Clamp(n, 1, 10_000) : 1;
        Org = await orgCache.GetAsync(ct);
        Now = clock.GetUtcNow();
        foreach (var (box, _) in Tabs)
        {
            // The other tabs only need their capped count, so they fetch a single row.
            var page = await QueryAsync(box, box == Box ? PageNo : 1, box == Box ? PageSize : 1, ct);
            if (box == Box) Current = page;
            Counts[box] = page.TotalCapped ? $"{TasksApi.CountCap}+" : page.Total.ToString();
        }
    }

    private async Task<InboxPage> QueryAsync(string box, int page, int size, CancellationToken ct) =>
        await TasksApi.Inbox(box, page, size, User, db, ct) switch
        {
            { Result: Ok<InboxPage> ok } => ok.Value!,
            _ => new InboxPage([], 0, false),
        };

    public string DisplayName(string? userName) => userName is null ? "" : Org.GetUser(userName)?.DisplayName ?? userName;

    public string Href(InboxItem item) => item.TaskId is not null && Box == "todo"
        ? $"/Workbench/Instance/{Uri.EscapeDataString(item.InstanceId)}?task={Uri.EscapeDataString(item.TaskId)}"
        : $"/Workbench/Instance/{Uri.EscapeDataString(item.InstanceId)}";

    public string StateText(InboxItem item) => Box switch
    {
        "todo" => "待处理",
        "done" => Words.Outcome(item.Outcome),
        "cc" => item.Unread ? "未读" : "已读",
        _ => Words.Status(item.Status),
    };

    public bool Overdue(InboxItem item) => Box == "todo" && item.DueAt is { } due && due < Now;
}
