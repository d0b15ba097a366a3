using System.Text.Json.Nodes;
using Oa.Host.Features.Org;
using Oa.Workflows.Ports;
using Scriban;
using Scriban.Runtime;

namespace Oa.Host.Features.Instances;

/// <summary>
/// Renders a process's title template (Scriban), e.g. <c>{{initiator.displayName}}的请假申请（{{days}}天）</c>; fields are
/// also under <c>form.</c>.
/// A broken template falls back to "name - process" rather than failing the request; <c>onError</c> hears why (the
/// designer's live preview shows it).
/// </summary>
public static class TitleTemplate
{
    public static string Render(string? template, string processName, OrgUser? initiator, OrgSnapshot org, JsonObject data, DateTimeOffset now,
        Action<string>? onError = null)
    {
        var fallback = initiator is null ? processName : $"{initiator.DisplayName}的{processName}";
        if (string.IsNullOrWhiteSpace(template)) return fallback;
        try
        {
            var parsed = Template.Parse(template);
            if (parsed.HasErrors)
            {
                onError?.Invoke(string.Join("; ", parsed.Messages.Select(m => m.ToString())));
                return fallback;
            }
            var form = ToScript(data);
            var model = new ScriptObject
            {
                ["initiator"] = new ScriptObject { ["userName"] = initiator?.UserName, ["displayName"] = initiator?.DisplayName, ["department"] = org.DepartmentPath(initiator?.DepartmentId) },
                ["process"] = new ScriptObject { ["name"] = processName },
                ["form"] = form,
                ["now"] = now.DateTime,
            };
            // Form fields are also reachable by bare name ({{days}}), as the shipped definitions write them.
            foreach (var (key, value) in form)
                if (!model.ContainsKey(key)) model[key] = value;
            var context = new TemplateContext { MemberRenamer = m => m.Name, LoopLimit = 100, RecursiveLimit = 20 };
            context.PushGlobal(model);
            var text = parsed.Render(context).Trim();
            return text.Length == 0 ? fallback : text[..Math.Min(text.Length, 300)];
        }
        catch (Exception ex) when (ex is Scriban.Syntax.ScriptRuntimeException or InvalidOperationException)
        {
            onError?.Invoke(ex.Message);
            return fallback;
        }
    }

    private static ScriptObject ToScript(JsonObject data)
    {
        var o = new ScriptObject();
        foreach (var (k, v) in data) o[k] = v switch
        {
            JsonValue value when value.TryGetValue<string>(out var s) => s,
            JsonValue value when value.TryGetValue<decimal>(out var d) => d,
            JsonValue value when value.TryGetValue<bool>(out var b) => b,
            _ => v?.ToJsonString(),
        };
        return o;
    }
}
