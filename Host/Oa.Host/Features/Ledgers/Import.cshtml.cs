using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Oa.Host.Features.Ledgers;

/// <summary>
/// 导入: upload → preview with per-row errors → confirm. The upload is kept in a private temporary file named by a
/// random token bound to this user and ledger; confirming validates the same file again (the preview is never
/// trusted) and writes all rows or none (<c>all</c>) or only the valid rows (<c>valid-only</c>).
/// </summary>
public sealed class LedgerImportModel(LedgerGate gate, LedgerImporter importer) : PageModel
{
    public LedgerGate.Opened Opened { get; private set; } = null!;
    public LedgerDefinition Ledger => Opened.Ledger;
    public LedgerImporter.Report? Report { get; private set; }
    public string? Token { get; private set; }
    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(string key, CancellationToken ct) => await LoadAsync(key, ct) ?? Page();

    public async Task<IActionResult> OnPostPreviewAsync(string key, IFormFile? file, CancellationToken ct)
    {
        if (await LoadAsync(key, ct) is { } refused) return refused;
        if (file is null || file.Length == 0 || file.Length > LedgerImporter.MaxBytes || !file.FileName.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase))
        {
            Error = "请上传 10MB 以内的 .xlsx 文件";
            return Page();
        }
        ImportUploads.SweepStale(ImportUploads.Folder(), DateTime.UtcNow);
        Token = Guid.NewGuid().ToString("N");
        await using (var target = System.IO.File.Create(PathFor(Token)))
            await file.CopyToAsync(target, ct);
        await using var stream = System.IO.File.OpenRead(PathFor(Token));
        Report = await importer.RunAsync(Opened, stream, LedgerImporter.Mode.Preview, LedgersApi.Change(User, "import"), ct);
        return Page();
    }

    public async Task<IActionResult> OnPostConfirmAsync(string key, string token, string mode, CancellationToken ct)
    {
        if (await LoadAsync(key, ct) is { } refused) return refused;
        if (token.Length != 32 || !token.All(char.IsAsciiHexDigitLower) || ImportUploads.Expired(PathFor(token), DateTime.UtcNow))
        {
            Error = "上传已失效，请重新上传";
            return Page();
        }
        await using (var stream = System.IO.File.OpenRead(PathFor(token)))
            Report = await importer.RunAsync(Opened, stream, mode == "valid-only" ? LedgerImporter.Mode.ValidOnly : LedgerImporter.Mode.All, LedgersApi.Change(User, "import"), ct);
        if (Report.Written > 0) System.IO.File.Delete(PathFor(token));
        else Token = token;
        return Page();
    }

    // The user name and ledger are part of the file name, so a token is useless to anyone else.
    private string PathFor(string token)
    {
        var dir = ImportUploads.Folder();
        var owner = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes($"{Opened.Access.UserName}\n{Ledger.Key}")))[..16];
        return Path.Combine(dir, $"{owner}-{token}.xlsx");
    }

    private async Task<IActionResult?> LoadAsync(string key, CancellationToken ct)
    {
        if (await gate.OpenAsync(key, User, ct) is not { } o) return NotFound();
        Opened = o;
        return o.Access.CanWrite ? null : Forbid();
    }
}
