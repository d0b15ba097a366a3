using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Oa.Host.Data;
using Oa.Host.Engine;
using Oa.Host.Features.Definitions;
using Oa.Host.Identity;

namespace Oa.Host.Features.Designer;

/// <summary>流程管理: published processes and forms, 新建流程 / 新建表单, and 导入 of .bpmn/.form files.</summary>
[Authorize(Policy = Policies.ProcessAdmin)]
public sealed partial class IndexModel(OaDbContext db, EngineHost engine, DefinitionPublisher publisher) : PageModel
{
    public IReadOnlyList<ProcessSummary> Processes { get; private set; } = [];
    public IReadOnlyList<FormSummary> Forms { get; private set; } = [];
    public IReadOnlyList<DesignerProblem> Problems { get; private set; } = [];
    public PublishOutcome? Imported { get; private set; }
    public string? Error { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    /// <summary>新建流程: checks the id and sends the admin to the designer with the template; nothing is stored yet.</summary>
    public async Task<IActionResult> OnPostNewAsync(string? key, string? name, string? category, CancellationToken ct)
    {
        key = key?.Trim();
        if (key is null || !KeyPattern().IsMatch(key)) Error = "流程标识须以字母开头，只含字母、数字、_ 和 -（最多 64 个字符）";
        else if (await new DesignerCatalog(db).ProcessXmlAsync(key, null, ct) is not null) Error = $"流程标识 {key} 已存在";
        if (Error is not null)
        {
            await LoadAsync(ct);
            return Page();
        }
        return Redirect($"/Designer/Process/{Uri.EscapeDataString(key!)}?name={Uri.EscapeDataString(name?.Trim() is { Length: > 0 } n ? n : key!)}&category={Uri.EscapeDataString(category?.Trim() ?? "")}");
    }

    public async Task<IActionResult> OnPostNewFormAsync(string? formId, CancellationToken ct)
    {
        formId = formId?.Trim();
        if (formId is not null && KeyPattern().IsMatch(formId)) return Redirect($"/Designer/Form/{Uri.EscapeDataString(formId)}");
        Error = "表单标识须以字母开头，只含字母、数字、_ 和 -（最多 64 个字符）";
        await LoadAsync(ct);
        return Page();
    }

    /// <summary>导入: all files publish together or not at all (DefinitionPublisher); each file at most 5 MB.</summary>
    public async Task<IActionResult> OnPostImportAsync(List<IFormFile> files, CancellationToken ct)
    {
        await engine.PrepareAsync(ct);
        var list = new List<DefinitionFile>();
        var tooBig = new List<DefinitionProblem>();
        foreach (var file in files)
        {
            if (file.Length > DefinitionsApi.MaxUploadBytes) { tooBig.Add(new(file.FileName, null, null, "文件超过 5MB (file larger than 5 MB)")); continue; }
            using var reader = new StreamReader(file.OpenReadStream());
            list.Add(new DefinitionFile(Path.GetFileName(file.FileName), await reader.ReadToEndAsync(ct)));
        }
        if (list.Count == 0 && tooBig.Count == 0) Error = "请选择 .bpmn 或 .form 文件";
        else if (tooBig.Count > 0) Problems = DesignerProblem.From(tooBig);
        else if (DesignerAccess.Refused(User, engine, list) is { Count: > 0 } refused)
        {
            Error = $"你不是这些流程或表单的管理员：{string.Join("、", refused)}";
        }
        else
        {
            Imported = await publisher.PublishAsync(list, User.UserName(), ct);
            await Audit.DesignerAudit.PublishedAsync(db, HttpContext, "import", Imported, ct);
            var names = list.Where(f => f.IsBpmn).SelectMany(f => DesignerXml.Names(f.Content)).DistinctBy(n => n.Key).ToDictionary();
            Problems = DesignerProblem.From(Imported.Problems, names);
        }
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        await engine.PrepareAsync(ct);
        var catalog = new DesignerCatalog(db);
        // A process admin sees what they may change (admins everything).
        Processes = (await catalog.ProcessesAsync(null, ct)).Where(p => DesignerAccess.MayEditProcess(User, engine, p.Key)).ToList();
        Forms = (await catalog.FormsAsync(ct)).Where(f => DesignerAccess.MayEditForm(User, engine, f.FormId)).ToList();
    }

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_-]{0,63}$")]
    private static partial Regex KeyPattern();
}
