using Microsoft.Extensions.Options;
using Scriban;
using Scriban.Runtime;

namespace Oa.Host.Features.Notifications;

/// <summary>Renders an event's title and body for one recipient. A broken override falls back to the default text.
/// A process's own text (<paramref name="process"/>) wins over both, in every language: its admin wrote it for this process
/// (an English recipient gets its English variant where the admin gave one, else the Chinese text).</summary>
public sealed class NotificationTemplates(IOptionsMonitor<NotificationOptions> options)
{
    public (string Title, string Body) Render(NotificationRequest request, bool english, string? actorName,
        Oa.Workflows.Approvals.ProcessNotification? process = null)
    {
        var e = NotificationEvent.Find(request.Event);
        var custom = english ? null : options.CurrentValue.Templates.GetValueOrDefault(request.Event);
        var model = new ScriptObject
        {
            ["instance"] = new ScriptObject { ["title"] = request.InstanceTitle, ["serial"] = request.SerialNo ?? "", ["id"] = request.InstanceId },
            ["actor"] = actorName ?? "",
            ["node"] = request.Node ?? "",
            ["comment"] = request.Comment ?? "",
        };
        var data = new ScriptObject();
        foreach (var (k, v) in request.Data ?? new Dictionary<string, string>()) data[k] = v;
        model["data"] = data;
        var (processSubject, processBody) = process?.For(english) ?? default;
        var title = RenderOne(processSubject ?? custom?.Title, english ? e.EnTitle : e.ZhTitle, model);
        var body = RenderOne(processBody ?? custom?.Body, english ? e.EnBody : e.ZhBody, model);
        return (Clip(title, 300), Clip(body, 4000));
    }

    private static string RenderOne(string? custom, string fallback, ScriptObject model) =>
        custom is not null && TryRender(custom, model) is { } text ? text : TryRender(fallback, model) ?? fallback;

    private static string? TryRender(string template, ScriptObject model)
    {
        var parsed = Template.Parse(template);
        if (parsed.HasErrors) return null;
        try
        {
            var context = new TemplateContext { MemberRenamer = m => m.Name, LoopLimit = 100, RecursiveLimit = 20, EnableRelaxedMemberAccess = true };
            context.PushGlobal(model);
            return parsed.Render(context).Trim();
        }
        catch (Scriban.Syntax.ScriptRuntimeException)
        {
            return null;
        }
    }

    private static string Clip(string text, int max) => text.Length <= max ? text : text[..max];
}
