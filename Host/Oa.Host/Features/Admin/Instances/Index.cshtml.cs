using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Oa.Host.Engine;
using Oa.Host.Identity;

namespace Oa.Host.Features.Admin.Instances;

/// <summary>实例管理: search the instances of the processes the caller administers.</summary>
[Authorize(Policy = Policies.ProcessAdmin)]
public sealed class IndexModel(InstanceAdministration admin, EngineHost engine) : PageModel
{
    public const int PageSize = 30;

    public InstancePage Result { get; private set; } = new(0, 1, PageSize, []);
    public IReadOnlyList<(string Key, string Name)> Processes { get; private set; } = [];
    public string? ProcessKey { get; private set; }
    public int? Version { get; private set; }
    public string? Status { get; private set; }
    public string? Initiator { get; private set; }
    public DateOnly? From { get; private set; }
    public DateOnly? To { get; private set; }
    public string? SerialNo { get; private set; }
    public string? Error { get; private set; }

    public static readonly (string Value, string Text)[] Statuses =
        [("running", "运行中"), ("suspended", "已挂起"), ("incident", "异常"), ("completed", "已完成"), ("rejected", "已驳回"), ("cancelled", "已作废")];

    // Razor Pages reserves the 'page' route value, so the page number is read by hand (as the inbox does).
    public async Task OnGetAsync(string? processKey, int? version, string? status, string? initiator, DateOnly? from, DateOnly? to, string? serialNo, CancellationToken ct)
    {
        (ProcessKey, Version, Status, Initiator, From, To, SerialNo) = (processKey, version, status, initiator, from, to, serialNo);
        var page = int.TryParse(Request.Query["p"], out var n) && n > 0 ? n : 1;
        await engine.PrepareAsync(ct);
        var keys = ProcessAdminScope.Keys(User, engine);
        Processes = engine.Definitions.Latest.Where(p => keys is null || keys.Contains(p.Key)).OrderBy(p => p.Name, StringComparer.Ordinal).Select(p => (p.Key, p.Name)).ToList();
        if (from is { } f && to is { } t && t < f) { Error = "结束日期早于开始日期"; return; }
        // Calendar days in the server's time zone, the one the pages show times in (ToLocalTime).
        Result = await admin.SearchAsync(User, new InstanceSearch(processKey, version, status, initiator,
            from is { } a ? Local(a) : null, to is { } b ? Local(b.AddDays(1)) : null, serialNo, page, PageSize), ct);
    }

    private static DateTimeOffset Local(DateOnly day)
    {
        var time = day.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(time, TimeZoneInfo.Local.GetUtcOffset(time));
    }

    public static string StatusText(string status) => Statuses.FirstOrDefault(s => s.Value == status).Text ?? status;

    public string PageLink(int page)
    {
        var query = Request.Query.Where(q => q.Key != "p").Select(q => $"{q.Key}={Uri.EscapeDataString(q.Value.ToString())}").Append($"p={page}");
        return "/Admin/Instances?" + string.Join("&", query);
    }
}
