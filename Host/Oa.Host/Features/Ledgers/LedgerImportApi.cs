using System.Security.Claims;
using Oa.Host.Features.Shared;

namespace Oa.Host.Features.Ledgers;

/// <summary>
/// POST /api/ledgers/{key}/import?mode=preview|all|valid-only with an .xlsx (the export's layout).
/// <c>preview</c> validates every row and writes nothing; <c>all</c> (all-or-nothing, the default) writes every row
/// or, if any row is invalid, none and answers 400 with the row errors; <c>valid-only</c> writes the valid rows and
/// reports the others.
/// </summary>
public static class LedgerImportApi
{
    public static async Task<IResult> Import(string key, string? mode, IFormFile? file, ClaimsPrincipal user, LedgerGate gate, LedgerImporter importer, CancellationToken ct)
    {
        if (await gate.OpenAsync(key, user, ct) is not { } o) return TypedResults.NotFound();
        if (!o.Access.CanWrite) return TypedResults.Forbid();
        var parsedMode = mode switch { null or "" or "all" => LedgerImporter.Mode.All, "valid-only" => LedgerImporter.Mode.ValidOnly, "preview" => LedgerImporter.Mode.Preview, _ => (LedgerImporter.Mode?)null };
        var errors = new FieldErrors();
        if (parsedMode is null) errors.Add("mode", "mode 为 preview、all 或 valid-only (mode: preview, all or valid-only)");
        if (file is null || file.Length == 0 || file.Length > LedgerImporter.MaxBytes || !file.FileName.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase))
            errors.Add("file", "请上传 10MB 以内的 .xlsx 文件 (an .xlsx of at most 10 MB is required)");
        if (errors.Any) return errors.ToResult();

        await using var stream = file!.OpenReadStream();
        var report = await importer.RunAsync(o, stream, parsedMode!.Value, LedgersApi.Change(user, "import"), ct);
        if (report.Error is { } fileError) return new FieldErrors().Add("file", fileError).ToResult();
        if (parsedMode == LedgerImporter.Mode.All && report.Invalid > 0)
            return TypedResults.ValidationProblem(report.Rows.Where(r => !r.Valid)
                .SelectMany(r => r.Errors.Select(e => ($"rows[{r.Row}].{e.Key}", e.Value))).ToDictionary(e => e.Item1, e => e.Value),
                title: $"{report.Invalid} 行有错误，未导入任何数据 ({report.Invalid} rows have errors; nothing was imported)");
        return TypedResults.Ok(report);
    }
}
