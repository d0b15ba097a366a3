using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Oa.Host.Identity;

namespace Oa.Host.Features.Admin;

/// <summary>管理: the administrators' hub. Admin features add a card to <see cref="Cards"/> as they ship, so no link leads nowhere.</summary>
[Authorize(Policy = Policies.Admin)]
public sealed class IndexModel : PageModel
{
    public sealed record Card(string Title, string Href, string Description);

    public static readonly List<Card> Cards =
    [
        new("系统状态", "/Admin/System", "版本、数据库、调度器、磁盘、备份与队列；立即备份"),
        new("流程管理", "/Designer", "设计、发布、导入导出流程和表单"),
        new("定时任务", "/Admin/Jobs", "每个定时任务的计划、上次/下次运行与结果；立即运行、暂停"),
    ];
}
