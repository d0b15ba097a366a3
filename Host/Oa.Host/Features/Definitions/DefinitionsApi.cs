using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Oa.Host.Engine;
using Oa.Host.Features.Org;
using Oa.Host.Identity;
using Oa.Workflows.Approvals;

namespace Oa.Host.Features.Definitions;

/// <summary>/api/definitions: publish .bpmn/.form files (process admins), list what the caller may start, the oa moddle for the designer.</summary>
public static class DefinitionsApi
{
    public const long MaxUploadBytes = 5 * 1024 * 1024;

    public sealed record StartableProcess(string Key, string Name, int Version, string? Category, string? FormId);

    public static void MapDefinitionsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/definitions").WithTags("Definitions");
        group.MapGet("", List);
        group.MapGet("/moddle/oa.json", () => TypedResults.Text(OaModdle.Descriptor, "application/json"));
        group.MapPost("", Publish).RequireAuthorization(Policies.ProcessAdmin).DisableAntiforgery();
    }

    private static async Task<Ok<List<StartableProcess>>> List(ClaimsPrincipal principal, EngineHost engine, OrgCache orgCache, CancellationToken ct)
    {
        await engine.PrepareAsync(ct);
        var org = await orgCache.GetAsync(ct);
        var user = principal.UserName();
        var list = engine.Definitions.Latest
            .Where(p => ProcessStarters.CanStart(p.Settings, user, org))
            .OrderBy(p => p.Category ?? "", StringComparer.Ordinal).ThenBy(p => p.Name, StringComparer.Ordinal)
            .Select(p => new StartableProcess(p.Key, p.Name, p.Version, p.Category, p.FormId)).ToList();
        return TypedResults.Ok(list);
    }

    private static async Task<IResult> Publish(HttpRequest request, ClaimsPrincipal principal, DefinitionPublisher publisher, EngineHost engine, Data.OaDbContext db, HttpContext http, CancellationToken ct)
    {
        await engine.PrepareAsync(ct);
        if (!request.HasFormContentType)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["files"] = ["请以 multipart/form-data 上传 .bpmn 和 .form 文件 (upload .bpmn and .form files as multipart/form-data)"] });
        var form = await request.ReadFormAsync(ct);
        if (form.Files.Count == 0)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["files"] = ["没有文件 (no files uploaded)"] });
        var files = new List<DefinitionFile>();
        foreach (var file in form.Files)
        {
            if (file.Length > MaxUploadBytes)
                return TypedResults.ValidationProblem(new Dictionary<string, string[]> { [file.FileName] = ["文件超过 5MB (file larger than 5 MB)"] });
            using var reader = new StreamReader(file.OpenReadStream());
            files.Add(new DefinitionFile(Path.GetFileName(file.FileName), await reader.ReadToEndAsync(ct)));
        }
        // A process admin publishes only the processes (and their forms) they administer.
        if (Designer.DesignerAccess.Refused(principal, engine, files) is { Count: > 0 } refused)
            return TypedResults.Problem($"你不是这些流程或表单的管理员 (you do not administer): {string.Join(", ", refused)}", statusCode: StatusCodes.Status403Forbidden);
        var outcome = await publisher.PublishAsync(files, principal.UserName(), ct);
        if (!outcome.Succeeded)
            return TypedResults.Problem(new Microsoft.AspNetCore.Mvc.ProblemDetails
            {
                Status = 400, Title = "定义校验失败 (definitions are invalid)",
                Detail = string.Join("; ", outcome.Problems.Take(5).Select(p => $"{p.File} {p.ElementId}: {p.Message}")),
                Extensions = { ["problems"] = outcome.Problems },
            });
        await Designer.Audit.DesignerAudit.PublishedAsync(db, http, "api-publish", outcome, ct);
        return TypedResults.Created("/api/definitions", new
        {
            processes = outcome.Processes.Select(p => new { key = p.Key, version = p.Version, id = p.Id, changed = p.Changed }),
            forms = outcome.Forms.Select(f => new { id = f.Id, version = f.Version, changed = f.Changed }),
        });
    }
}
