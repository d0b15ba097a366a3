using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
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
/// <remarks>
/// Every start renders a title, so the parse is cached per template text, and a template that names none of Scriban's
/// builtins (all the shipped ones) gets a context without them: a default <see cref="TemplateContext"/> deep-clones
/// every builtin function object, which was over half of a render and ~6 % of an approval's start (bench W4 profile).
/// The builtins cannot simply be shared, as a template can change them (<c>date.format</c>).
/// </remarks>
public static partial class TitleTemplate
{
    private sealed record Parsed(Template Template, bool NeedsBuiltins);
    private static readonly ConcurrentDictionary<string, Parsed> Cache = new(StringComparer.Ordinal);
    private static readonly HashSet<string> BuiltinNames = [.. TemplateContext.GetDefaultBuiltinObject().Keys];

    [GeneratedRegex(@"[A-Za-z_][A-Za-z0-9_]*")]
    private static partial Regex Identifier();

    private static Parsed Parse(string template)
    {
        if (Cache.TryGetValue(template, out var hit)) return hit;
        if (Cache.Count >= 1000) Cache.Clear(); // titles of published versions: a handful; bounded against designer previews
        var parsed = Template.Parse(template);
        var needs = Identifier().Matches(template).Any(m => BuiltinNames.Contains(m.Value));
        return Cache[template] = new Parsed(parsed, needs);
    }

    public static string Render(string? template, string processName, OrgUser? initiator, OrgSnapshot org, JsonObject data, DateTimeOffset now,
        Action<string>? onError = null)
    {
        var fallback = initiator is null ? processName : $"{initiator.DisplayName}的{processName}";
        if (string.IsNullOrWhiteSpace(template)) return fallback;
        try
        {
            var (parsed, needsBuiltins) = Parse(template);
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
            var context = new TemplateContext(needsBuiltins ? null : new ScriptObject()) { MemberRenamer = m => m.Name, LoopLimit = 100, RecursiveLimit = 20 };
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
