using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Oa.Host.Identity;

namespace Oa.Host.Features.Admin.Jobs;

[Authorize(Policy = Policies.Admin)]
public sealed class IndexModel(JobsAdmin jobs) : PageModel
{
    public List<JobsAdmin.JobView> Jobs { get; private set; } = [];
    [TempData] public string? Done { get; set; }

    public async Task OnGetAsync(CancellationToken ct) => Jobs = await jobs.ListAsync(ct);

    public async Task<IActionResult> OnPostAsync(string group, string name, string action, CancellationToken ct)
    {
        var found = action switch
        {
            "run" => await jobs.RunNowAsync(group, name, ct),
            "pause" => await jobs.PauseAsync(group, name, ct),
            "resume" => await jobs.ResumeAsync(group, name, ct),
            _ => false,
        };
        if (!found) return NotFound();
        Done = action switch { "run" => "已触发运行", "pause" => "已暂停", _ => "已恢复" };
        return RedirectToPage();
    }
}
