using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Oa.Host.Data;
using Oa.Host.Identity;

namespace Oa.Host.Features.Designer;

/// <summary>One published version, read-only: the diagram (bpmn-viewer island) and the XML exactly as stored.</summary>
[Authorize(Policy = Policies.ProcessAdmin)]
public sealed class ProcessVersionModel(OaDbContext db, Engine.EngineHost engine) : PageModel
{
    public string Key { get; private set; } = "";
    public int Version { get; private set; }
    public string Xml { get; private set; } = "";
    public string? IslandXml { get; private set; }
    public string Name { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(string key, int version, CancellationToken ct)
    {
        await engine.PrepareAsync(ct);
        if (!DesignerAccess.MayEditProcess(User, engine, key)) return Forbid();
        var xml = await new DesignerCatalog(db).ProcessXmlAsync(key, version, ct);
        if (xml is null) return NotFound();
        (Key, Version, Xml, IslandXml) = (key, version, xml, DesignerXml.ForIsland(xml));
        Name = DesignerXml.Names(xml).GetValueOrDefault(key) ?? key;
        return Page();
    }
}
