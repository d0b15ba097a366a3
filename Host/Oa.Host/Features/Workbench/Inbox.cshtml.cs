using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Oa.Host.Data;
using Oa.Host.Features.Org;
using Oa.Host.Features.Shared;
using Oa.Host.Features.Tasks;
using Microsoft.EntityFrameworkCore;

namespace Oa.Host.Features.Workbench;

/// <summary>The four inbox boxes over the same capped, index-only queries as GET /api/tasks.</summary>
public sealed class InboxModel(OaDbContext db, OrgCache orgCache, TimeProvider clock, BatchActions batch, Engine.EngineHost engine) : PageModel
{
    public const int PageSize = 20;

    public static readonly (string Box, string Label)[] Tabs = [("todo", "待办"), ("done", "已办"), ("mine", "我发起的"), ("cc", "抄送我的"), ("drafts", "草稿")];

    [BindProperty(SupportsGet = true)] public string? Box { get; set; }
    public int PageNo { get; private set; } = 1;
    [BindProperty(SupportsGet = true)] public string? Done { get; set; }
    [BindProperty(SupportsGet = true)] public string? Process { get; set; }
    [BindProperty(SupportsGet = true)] public string? Status { get; set; }
    [BindProperty(SupportsGet = true)] public string? Initiator { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? From { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? To { get; set; }
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public string? Sort { get; set; }

    public InboxFilter Filter => new InboxFilter(Process, Status, Initiator, From, To, Q, Sort).Normalised();
    public List<(string Key, string Name)> Processes { get; private set; } = [];
    public IReadOnlyList<BatchItemResult>? BatchResults { get; private set; }
    public List<Features.Drafts.DraftSummary> Drafts { get; private set; } = [];
    public string? BatchError { get; private set; }

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
        // The 草稿 tab needs its list only when open; the other tabs show its count.
        if (Box == "drafts") Drafts = await Features.Drafts.DraftsApi.ListAsync(db, engine, orgCache, User.Identity!.Name!, ct);
        Counts["drafts"] = (Box == "drafts" ? Drafts.Count : await db.Drafts.CountAsync(d => d.UserName == User.Identity!.Name, ct)).ToString();
        foreach (var (box, _) in Tabs.Where(t => t.Box != "drafts"))
        {
            // The other tabs only need their capped count, so they fetch a single row.
            var page = await QueryAsync(box, box == Box ? PageNo : 1, box == Box ? PageSize : 1, box == Box ? Filter : new InboxFilter(), ct);
            if (box == Box) Current = page;
            Counts[box] = page.TotalCapped ? $"{TasksApi.CountCap}+" : page.Total.ToString();
        }
        // The published processes, latest version of each, as the engine host already holds them.
        await engine.PrepareAsync(ct);
        Processes = engine.Definitions.Latest.Select(p => (p.Key, p.Name)).OrderBy(p => p.Name, StringComparer.Ordinal).ToList();
    }

    public async Task<IActionResult> OnPostDeleteDraftAsync(string id, CancellationToken ct)
    {
        await db.Drafts.Where(d => d.Id == id && d.UserName == User.Identity!.Name).ExecuteDeleteAsync(ct);
        return Redirect("/Workbench/Inbox?box=drafts");
    }

    /// <summary>批量同意 / 批量拒绝: all or nothing on the checks, then one result line per task.</summary>
    public async Task OnPostBatchAsync(string? action, string[] taskIds, string? comment, CancellationToken ct)
    {
        var (results, errors) = await batch.RunAsync(new BatchInput(action, taskIds, comment), User, HttpContext.Connection.RemoteIpAddress?.ToString(), UiText.IsEnglish ? "en" : "zh-CN", ct);
        BatchResults = results;
        BatchError = errors is null ? null : string.Join("；", errors.SelectMany(e => e.Value));
        Box = "todo";
        await OnGetAsync(ct);
    }

    private async Task<InboxPage> QueryAsync(string box, int page, int size, InboxFilter filter, CancellationToken ct) =>
        await TasksApi.Inbox(box, page, size, filter, User, db, ct) switch
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

    /// <summary>The current box and filters as a query string, for the pager and tab links.</summary>
    public string Query(int? page = null)
    {
        var f = Filter;
        var parts = new List<string> { $"box={Box}" };
        void Add(string k, string? v) { if (!string.IsNullOrEmpty(v)) parts.Add($"{k}={Uri.EscapeDataString(v)}"); }
        Add("process", f.Process); Add("status", f.Status); Add("initiator", f.Initiator); Add("from", f.From?.ToString("yyyy-MM-dd"));
        Add("to", f.To?.ToString("yyyy-MM-dd")); Add("q", f.Q); Add("sort", f.Sort); Add("page", page?.ToString());
        return "/Workbench/Inbox?" + string.Join("&", parts);
    }

    /// <summary>The status filter's choices for the current box.</summary>
    public IReadOnlyList<(string Value, string Text)> StatusChoices => Box switch
    {
        "done" => [("approve", "已同意"), ("reject", "已拒绝")],
        "mine" => [("running", "审批中"), ("completed", "已通过"), ("rejected", "已拒绝"), ("cancelled", "已撤销")],
        "cc" => [("unread", "未读"), ("read", "已读")],
        _ => [],
    };

    public bool Overdue(InboxItem item) => Box == "todo" && item.DueAt is { } due && due < Now;
}
