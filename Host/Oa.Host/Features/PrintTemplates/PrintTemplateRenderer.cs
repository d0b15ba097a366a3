using Scriban;
using Scriban.Runtime;

namespace Oa.Host.Features.PrintTemplates;

/// <summary>
/// Renders a print template (Scriban) over the model of <see cref="PrintTemplateModel"/>. Templates are written by
/// process administrators and may produce HTML; every value in the model is already HTML-encoded, so what users typed
/// into a form cannot inject markup. Scriban offers no .NET access beyond the model, and loops are bounded.
/// </summary>
public static class PrintTemplateRenderer
{
    public sealed record Result(string? Html, string? Error);

    public static string? Problem(string content)
    {
        var template = Template.Parse(content);
        return template.HasErrors ? string.Join("; ", template.Messages.Select(m => m.ToString())) : null;
    }

    public static Result Render(string content, ScriptObject model)
    {
        var template = Template.Parse(content);
        if (template.HasErrors) return new Result(null, string.Join("; ", template.Messages.Select(m => m.ToString())));
        var context = new TemplateContext { LoopLimit = 5000, RecursiveLimit = 50, StrictVariables = false, MemberRenamer = m => m.Name };
        context.PushGlobal(model);
        try
        {
            return new Result(template.Render(context), null);
        }
        catch (Exception ex) when (ex is Scriban.Syntax.ScriptRuntimeException or InvalidOperationException or ArgumentException)
        {
            return new Result(null, ex.Message);
        }
    }
}
