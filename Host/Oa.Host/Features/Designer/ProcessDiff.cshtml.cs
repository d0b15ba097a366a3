using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Oa.Host.Data;
using Oa.Host.Identity;

namespace Oa.Host.Features.Designer;

/// <summary>版本对比 of two published versions (default: the one before <c>to</c>, and the latest).</summary>
[Authorize(Policy = Policies.ProcessAdmin)]
public sealed class ProcessDiffModel(OaDbContext db, Engine.EngineHost engine) : PageModel
{
    public string Key { get; private set; } = "";
    public string Name { get; private set; } = "";
    public int From { get; private set; }
    public int To { get; private set; }
    public IReadOnlyList<VersionRow> Versions { get; private set; } = [];
    public IReadOnlyList<VersionDiff.Row> Rows { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string key, int? from, int? to, CancellationToken ct)
    {
        await engine.PrepareAsync(ct);
        if (!DesignerAccess.MayEditProcess(User, engine, key)) return Forbid();
        var catalog = new DesignerCatalog(db);
        var summary = (await catalog.ProcessesAsync(key, ct)).FirstOrDefault();
        if (summary is null) return NotFound();
        (Key, Name, Versions) = (key, summary.Name, summary.Versions);
        To = to ?? summary.Latest.Version;
        From = from ?? Math.Max(1, To - 1);
        var fromXml = await catalog.ProcessXmlAsync(key, From, ct);
        var toXml = await catalog.ProcessXmlAsync(key, To, ct);
        if (fromXml is null || toXml is null) return NotFound();
        Rows = VersionDiff.Compare(fromXml, toXml);
        return Page();
    }

    public static string Word(VersionDiff.Change change) => change switch
    {
        VersionDiff.Change.Added => "新增",
        VersionDiff.Change.Removed => "删除",
        _ => "修改",
    };
}
