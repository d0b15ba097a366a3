using System.Security.Claims;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.HttpResults;
using Oa.Host.Engine;
using Oa.Host.Features.Instances;
using Oa.Host.Features.Notifications;
using Oa.Host.Features.Org;
using Oa.Host.Identity;
using Oa.Workflows.Approvals;

namespace Oa.Host.Features.Designer;

/// <summary>
/// What the designer's 流程设置 group asks while an admin edits a process: the choices it offers (categories in use,
/// icons, notification events with their default text) and a live preview of the title template, rendered by the same
/// renderer that names new requests — so the preview is what applicants will see.
/// </summary>
public static class ProcessSettingsApi
{
    public const int MaxTemplateLength = 500;

    public sealed record TitlePreviewInput(string? Template, string? ProcessName, JsonObject? Variables);

    public sealed record TitlePreview(string Title);

    public sealed record NotificationDefault(string Event, string Subject, string Body, string SubjectEn, string BodyEn);

    public sealed record Options(IReadOnlyList<string> Categories, IReadOnlyList<string> Icons, IReadOnlyList<NotificationDefault> Notifications,
        IReadOnlyDictionary<string, string> Glyphs);

    public static void MapProcessSettingsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/designer").WithTags("Designer").RequireAuthorization(Policies.ProcessAdmin);
        group.MapGet("/process-settings/options", OptionsAsync);
        group.MapPost("/title-preview", PreviewAsync);
    }

    private static async Task<Ok<Options>> OptionsAsync(EngineHost engine, CancellationToken ct)
    {
        await engine.PrepareAsync(ct);
        var categories = engine.Definitions.Latest.Select(p => p.Category).OfType<string>().Distinct().Order(StringComparer.Ordinal).ToList();
        var notifications = ProcessNotification.Events.Select(e => NotificationEvent.Find(ProcessNotificationTemplates.HostEvent(e)))
            .Select((d, i) => new NotificationDefault(ProcessNotification.Events[i], d.ZhTitle, d.ZhBody, d.EnTitle, d.EnBody)).ToList();
        return TypedResults.Ok(new Options(categories, ProcessSettingsParser.Icons, notifications, Workbench.ProcessIcons.Drawings()));
    }

    /// <summary>Renders the template for the caller as applicant with the sample fields; a template that does not parse
    /// or fails to render is a 400 with the reason (the real start would fall back to 「发起人的流程名」).</summary>
    private static async Task<Results<Ok<TitlePreview>, ValidationProblem>> PreviewAsync(TitlePreviewInput? input, ClaimsPrincipal user, OrgCache orgCache,
        TimeProvider clock, CancellationToken ct)
    {
        var template = input?.Template;
        if (string.IsNullOrWhiteSpace(template)) return Invalid("请填写标题模板 (the template is empty)");
        if (template.Length > MaxTemplateLength) return Invalid($"标题模板过长 (longer than {MaxTemplateLength} characters)");
        var org = await orgCache.GetAsync(user.UserName(), ct);
        string? error = null;
        var title = TitleTemplate.Render(template, string.IsNullOrWhiteSpace(input!.ProcessName) ? "流程" : input.ProcessName.Trim(),
            org.GetUser(user.UserName()), org, input.Variables ?? [], clock.GetUtcNow(), e => error = e);
        return error is null ? TypedResults.Ok(new TitlePreview(title)) : Invalid($"标题模板有误 (the template is broken): {error}");
    }

    private static ValidationProblem Invalid(string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["template"] = [message] });
}
