using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Oa.Host.Data;
using Oa.Host.Data.Files;
using Oa.Host.Features.Tasks;
using Oa.Host.Identity;

namespace Oa.Host.Features.Files;

/// <summary>
/// POST /api/files (multipart, field "file" as the oa-attachments island sends it) and GET /api/files/{id}.
/// Cookie callers pass the anti-forgery check in ApiAntiforgery, so the endpoint's own form check is off.
/// </summary>
public static class FilesApi
{
    public sealed record FileView(string Id, string Name, long Size, string ContentType);

    public static void MapFilesApi(this IEndpointRouteBuilder app)
    {
        var files = app.MapGroup("/api/files").WithTags("Files");
        files.MapPost("", Upload).DisableAntiforgery();
        files.MapGet("/{id}", Download);
    }

    private static async Task<IResult> Upload(HttpRequest request, ClaimsPrincipal principal, FileStore store, CancellationToken ct)
    {
        if (!request.HasFormContentType)
            return Refuse("file", "请以 multipart/form-data 上传文件 (upload the file as multipart/form-data)");
        var form = await request.ReadFormAsync(ct);
        var file = form.Files.GetFile("file") ?? (form.Files.Count == 1 ? form.Files[0] : null);
        if (file is null) return Refuse("file", "没有文件 (no file uploaded in the field 'file')");
        await using var stream = file.OpenReadStream();
        return await store.SaveAsync(file.FileName, stream, file.Length, principal.UserName(), ct) switch
        {
            FileStore.Saved s => TypedResults.Created($"/api/files/{s.File.Id}", new FileView(s.File.Id, s.File.Name, s.File.Size, s.File.ContentType)),
            FileStore.Refused r => Refuse(r.Field, r.Message),
            var other => throw new InvalidOperationException($"unexpected outcome {other}"),
        };
    }

    private static async Task<IResult> Download(string id, ClaimsPrincipal principal, OaDbContext db, FileStore store, CancellationToken ct)
    {
        var file = await db.Files.AsNoTracking().FirstOrDefaultAsync(f => f.Id == id, ct);
        // Like instances: a caller without access learns nothing, not even that the file exists.
        if (file is null || !await MayReadAsync(db, file, principal, ct)) return TypedResults.NotFound();
        var bytes = await store.ReadAsync(file, ct);
        // Always a download, never rendered in our origin: an uploaded HTML/SVG could otherwise run script here.
        return TypedResults.File(bytes, file.ContentType, file.Name);
    }

    /// <summary>
    /// Unattached: only the uploader. On a request: whoever may see the request (the same rule as the request page).
    /// On a ledger record: the uploader and administrators, until ledgers publish a rule of their own.
    /// </summary>
    public static async Task<bool> MayReadAsync(OaDbContext db, StoredFile file, ClaimsPrincipal principal, CancellationToken ct)
    {
        var user = principal.UserName();
        if (file.InstanceId is not null)
        {
            var instance = await db.ProcessInstances.AsNoTracking().FirstOrDefaultAsync(i => i.Id == file.InstanceId, ct);
            return instance is not null && await TaskAccess.CanSeeInstanceAsync(db, instance, principal, ct);
        }
        if (string.Equals(file.UploadedBy, user, StringComparison.OrdinalIgnoreCase)) return true;
        return file.LedgerRecordId is not null && principal.IsInRole(Roles.Admin);
    }

    private static IResult Refuse(string field, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] });
}
