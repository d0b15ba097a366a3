using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Oa.Host.Data;

namespace Oa.Host.Features.Ledgers;

/// <summary>/Track: 投诉进度查询 without login — tracking number + contact phone → status.</summary>
[AllowAnonymous]
public sealed class TrackModel(OaDbContext db, LedgerCatalog catalog, PublicTracking tracking) : PageModel
{
    public PublicTracking.Answer? Answer { get; private set; }
    public string? Message { get; private set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(string? number, string? phone, CancellationToken ct)
    {
        if (!tracking.TryCount(HttpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown"))
        {
            Message = "查询过于频繁，请稍后再试";
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            return Page();
        }
        Answer = await PublicTracking.FindAsync(db, catalog, number ?? "", phone ?? "", ct);
        // One message for "no such number" and "wrong phone": the page must not confirm that a number exists.
        if (Answer is null) Message = "未找到匹配的记录，请核对编号和联系电话";
        return Page();
    }
}
