using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Oa.Host.Engine;
using Oa.Host.Features.Files;
using Oa.Host.Features.Org;
using Oa.Host.Features.PrintTemplates;

namespace Oa.Host.Features.ProcessTasks;

/// <summary>
/// <c>oa-render-document</c>: the process generates a document from a print template (complaint.bpmn: the
/// 《投诉处理意见书》) and keeps it as a file of the request. Headers: <c>template</c> (the print template's process key,
/// default this process), <c>fileName</c> (<c>{{field}}</c> placeholders from the form), <c>resultVariable</c>
/// (default <c>document</c>, set to <c>[{ id, name, size }]</c> like an oa-attachments value). Idempotent per request
/// and file name: a retried job finds the file it stored.
/// </summary>
public sealed partial class DocumentTask(PrintTemplateStore templates, EngineHost engine, OrgCache orgCache, FileStore files, TimeProvider clock) : IHostServiceTask
{
    public const string TaskType = "oa-render-document";

    public string Type => TaskType;

    public async Task<IReadOnlyDictionary<string, JsonElement>> ExecuteAsync(HostServiceTaskContext context, CancellationToken ct)
    {
        var key = context.Headers.GetValueOrDefault("template") is { Length: > 0 } t ? t : context.ProcessKey;
        var variable = context.Headers.GetValueOrDefault("resultVariable") is { Length: > 0 } rv ? rv : "document";
        var name = FileName(context.Headers.GetValueOrDefault("fileName") ?? key + ".html", context.Variables);
        var existing = await context.Db.Files.AsNoTracking().FirstOrDefaultAsync(f => f.InstanceId == context.InstanceId && f.Name == name, ct);
        if (existing is not null) return Result(variable, existing);

        var template = await templates.LatestAsync(key, ct)
            ?? throw new ServiceTaskBusinessError("NO_TEMPLATE", $"没有打印模板 {key} (no print template '{key}': add Definitions/Print/{key}.scriban)");
        var org = await orgCache.GetAsync(ct);
        var source = await PrintSource.LoadAsync(context.Db, engine, org, context.InstanceId, ct)
            ?? throw new InvalidOperationException($"{TaskType}: instance {context.InstanceId} not found");
        var rendered = PrintTemplateRenderer.Render(template.Content, PrintTemplateModel.Build(source, org, clock.GetLocalNow(), "系统"));
        if (rendered.Error is not null) throw new ServiceTaskBusinessError("TEMPLATE_ERROR", $"打印模板 {key} 出错：{rendered.Error}");
        var html = $"<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>{System.Net.WebUtility.HtmlEncode(name)}</title>"
            + "<style>body{font-family:serif;max-width:180mm;margin:10mm auto}table{border-collapse:collapse;width:100%}td,th{border:1px solid #333;padding:4px 6px;text-align:left}</style>"
            + $"</head><body>{rendered.Html}</body></html>";
        var file = await files.SaveGeneratedAsync(name, Encoding.UTF8.GetBytes(html), "text/html; charset=utf-8", context.InstanceId, context.Initiator ?? "system", ct);
        return Result(variable, file);
    }

    private static string FileName(string pattern, IReadOnlyDictionary<string, JsonElement> variables)
    {
        var name = Placeholder().Replace(pattern, m => variables.TryGetValue(m.Groups[1].Value, out var v)
            ? (v.ValueKind == JsonValueKind.String ? v.GetString() : v.GetRawText()) ?? "" : "");
        foreach (var bad in Path.GetInvalidFileNameChars().Append('/').Append('\\')) name = name.Replace(bad, '_');
        return name;
    }

    private static Dictionary<string, JsonElement> Result(string variable, Data.Files.StoredFile file) => new()
    {
        [variable] = JsonSerializer.SerializeToElement(new[] { new { id = file.Id, name = file.Name, size = file.Size } }),
    };

    [GeneratedRegex(@"\{\{\s*([A-Za-z0-9_]+)\s*\}\}")]
    private static partial Regex Placeholder();
}
