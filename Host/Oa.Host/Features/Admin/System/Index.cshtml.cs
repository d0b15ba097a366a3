using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Oa.Host.Identity;
using Oa.Host.Operations.Backup;

namespace Oa.Host.Features.Admin.System;

/// <summary>系统状态: what an administrator checks first, and 立即备份 (a backup now, while everyone keeps working).</summary>
[Authorize(Policy = Policies.Admin)]
public sealed class IndexModel(SystemStatusReader reader, BackupService backups) : PageModel
{
    public SystemStatus Status { get; private set; } = null!;
    public string? BackupMade { get; private set; }
    public string? BackupError { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => Status = await reader.ReadAsync(ct);

    public async Task<IActionResult> OnPostBackupAsync(CancellationToken ct)
    {
        try
        {
            var result = await backups.CreateAsync($"admin {User.UserName()}", ct);
            BackupMade = Path.GetFileName(result.Path);
        }
        catch (Exception ex) when (ex is IOException or InvalidOperationException or UnauthorizedAccessException)
        {
            BackupError = ex.Message;
        }
        Status = await reader.ReadAsync(ct);
        return Page();
    }
}
