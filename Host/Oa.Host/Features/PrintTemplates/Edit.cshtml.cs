using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Oa.Host.Data;
using Oa.Host.Data.Engine;
using Oa.Host.Engine;
using Oa.Host.Features.Org;
using Oa.Host.Identity;

namespace Oa.Host.Features.PrintTemplates;

/// <summary>
/// 打印模板: a process administrator edits the Scriban template of a process and previews it against one of its
/// requests (or an empty sample) before saving a new version. The print view (/Workbench/Print/{id}) uses the newest.
/// </summary>
[Authorize(Policy = Policies.ProcessAdmin)]
public sealed class EditModel(OaDbContext db, EngineHost engine, OrgCache orgCache, PrintTemplateStore store, TimeProvider clock) : PageModel
{
    public string ProcessKey { get; private set; } = "";
    public string ProcessName { get; private set; } = "";
    public int? Version { get; private set; }
    [BindProperty] public string Template { get; set; } = "";
    [BindProperty(SupportsGet = true)] public string? Instance { get; set; }
    public List<(string Id, string Title)> Instances { get; private set; } = [];
    public string? PreviewHtml { get; private set; }
    public string? Error { get; private set; }
    public string? Notice { get; private set; }

    public async Task<IActionResult> OnGetAsync(string processKey, int? saved, CancellationToken ct)
    {
        if (!await LoadAsync(processKey, ct)) return NotFound();
        var latest = await store.LatestAsync(processKey, ct);
        Template = latest?.Content ?? Starter;
        if (saved is not null) Notice = $"已保存为第 {saved} 版";
        await PreviewAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostPreviewAsync(string processKey, CancellationToken ct)
    {
        if (!await LoadAsync(processKey, ct)) return NotFound();
        await PreviewAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(string processKey, CancellationToken ct)
    {
        if (!await LoadAsync(processKey, ct)) return NotFound();
        var problem = string.IsNullOrWhiteSpace(Template) ? "模板不能为空" : PrintTemplateRenderer.Problem(Template);
        if (problem is not null)
        {
            Error = problem;
            ModelState.AddModelError(nameof(Template), problem);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        var published = await store.PublishAsync(processKey, Template, User.UserName(), ct);
        return Redirect($"/Designer/PrintTemplate/{Uri.EscapeDataString(processKey)}?saved={published.Version}" + (Instance is null ? "" : "&instance=" + Uri.EscapeDataString(Instance)));
    }

    private async Task<bool> LoadAsync(string processKey, CancellationToken ct)
    {
        await engine.PrepareAsync(ct);
        if (engine.Definitions.LatestOf(processKey) is not { } process) return false;
        (ProcessKey, ProcessName) = (processKey, process.Name ?? processKey);
        Version = (await store.LatestAsync(processKey, ct))?.Version;
        Instances = (await db.ProcessInstances.AsNoTracking().Where(i => i.ProcessKey == processKey).OrderByDescending(i => i.StartedAt).Take(20)
            .Select(i => new { i.Id, i.Title }).ToListAsync(ct)).Select(i => (i.Id, i.Title)).ToList();
        return true;
    }

    private async Task PreviewAsync(CancellationToken ct)
    {
        var org = await orgCache.GetAsync(ct);
        // Process admins may see every request of a process (instance management), so the whole request is shown.
        var source = Instance is { Length: > 0 } id && Instances.Any(i => i.Id == id) ? await PrintSource.LoadAsync(db, engine, org, id, ct) : null;
        source ??= Sample();
        var result = PrintTemplateRenderer.Render(Template, PrintTemplateModel.Build(source, org, clock.GetLocalNow(), User.UserName()));
        (PreviewHtml, Error) = (result.Html, result.Error);
    }

    /// <summary>An empty request of this process (its form, no values) for a template written before any request exists.</summary>
    private PrintSource Sample()
    {
        var process = engine.Definitions.LatestOf(ProcessKey)!;
        var form = process.FormId is null ? null : engine.Definitions.LatestForm(process.FormId);
        var row = new ProcessInstanceRecord { Id = "sample", ProcessKey = ProcessKey, ProcessName = ProcessName, Title = ProcessName + "（示例）", SerialNo = "SAMPLE-001", StartedAt = clock.GetUtcNow() };
        return new PrintSource(row, "示例用户", "示例部门", form is null ? null : System.Text.Json.Nodes.JsonNode.Parse(form.Json)?.AsObject(), [], []);
    }

    private const string Starter = """
        <h1 style="text-align:center">{{ instance.process }}</h1>
        <table>
          <tr><th>流水号</th><td>{{ instance.serialNo }}</td><th>发起人</th><td>{{ instance.initiator }}（{{ instance.department }}）</td></tr>
        </table>
        <h3>审批记录</h3>
        <table>
          {{~ for a in approvals ~}}
          <tr><td>{{ a.node }}</td><td>{{ a.who }}</td><td>{{ a.action }}</td><td>{{ a.comment }}</td><td>{{ a.at }}</td></tr>
          {{~ end ~}}
        </table>
        """;
}
