using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Oa.Host.Data;
using Oa.Host.Engine;
using Oa.Host.Features.Org;

namespace Oa.Host.Features.Workbench;

/// <summary>
/// 打印: a clean A4 page of one request — header, the form as this reader may see it (hidden fields stay out, as on
/// the instance page), signatures, and the approval record with comments. Same access rule as the instance page.
/// </summary>
public sealed class PrintModel(OaDbContext db, EngineHost engine, OrgCache orgCache, TimeProvider clock, PrintTemplates.PrintTemplateStore templates) : PageModel
{
    public InstanceDetails Details { get; private set; } = null!;
    public List<PrintItem> Items { get; private set; } = [];
    public DateTimeOffset PrintedAt { get; private set; }

    /// <summary>The process's print template rendered over what this reader may see; null → the generic layout.</summary>
    public string? TemplateHtml { get; private set; }
    public string? TemplateError { get; private set; }

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken ct)
    {
        var org = await orgCache.GetAsync(ct);
        // Exactly the fields the instance page shows this reader (their task's view when they hold one).
        var details = await InstanceDetails.LoadAsync(id, null, User, db, engine, org, ct);
        if (details is null) return NotFound();
        Details = details;
        Items = PrintLayout.Build(details.Schema, details.Data, org);
        PrintedAt = clock.GetLocalNow();
        if (await templates.LatestAsync(details.Row.ProcessKey, ct) is { } template)
        {
            var model = PrintTemplates.PrintTemplateModel.Build(PrintTemplates.PrintSource.Of(details), org, PrintedAt, User.Identity?.Name ?? "");
            (TemplateHtml, TemplateError) = PrintTemplates.PrintTemplateRenderer.Render(template.Content, model);
        }
        return Page();
    }
}
