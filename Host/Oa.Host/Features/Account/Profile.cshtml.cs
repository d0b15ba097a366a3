using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Oa.Host.Data;
using Oa.Host.Identity;

namespace Oa.Host.Features.Account;

/// <summary>The signed-in user's own settings: password, TOTP two-factor, personal access tokens.</summary>
public sealed class ProfileModel(UserManager<AppUser> users, SignInManager<AppUser> signIn, AccessTokenService tokens, OaDbContext db, TimeProvider clock) : PageModel
{
    public bool TwoFactorEnabled { get; private set; }
    public string? AuthenticatorKey { get; private set; }
    public string? AuthenticatorUri { get; private set; }
    public List<AccessToken> Tokens { get; private set; } = [];
    public string? NewToken { get; private set; }
    public string? Message { get; private set; }
    public string? Error { get; private set; }

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostPasswordAsync(string currentPassword, string newPassword)
    {
        var user = await CurrentAsync();
        var result = await users.ChangePasswordAsync(user, currentPassword ?? "", newPassword ?? "");
        if (result.Succeeded)
        {
            await signIn.RefreshSignInAsync(user);
            Message = "密码已修改";
        }
        else Error = string.Join("；", result.Errors.Select(e => e.Description));
        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostEnableTotpAsync(string code)
    {
        var user = await CurrentAsync();
        var ok = await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, (code ?? "").Replace(" ", ""));
        if (ok)
        {
            await users.SetTwoFactorEnabledAsync(user, true);
            Message = "两步验证已启用";
        }
        else Error = "验证码错误";
        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostDisableTotpAsync()
    {
        var user = await CurrentAsync();
        await users.SetTwoFactorEnabledAsync(user, false);
        await users.ResetAuthenticatorKeyAsync(user);
        Message = "两步验证已停用";
        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostCreateTokenAsync(string name, int days, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Length > 100 || days is < 1 or > 366)
            Error = "名称必填（100 字以内），有效期 1–366 天";
        else
            NewToken = (await tokens.IssueAsync((await CurrentAsync()).Id, name.Trim(), AccessTokenKind.Personal, TimeSpan.FromDays(days), ct)).Secret;
        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeTokenAsync(Guid id, CancellationToken ct)
    {
        var user = await CurrentAsync();
        var row = await db.AccessTokens.FirstOrDefaultAsync(t => t.Id == id && t.UserId == user.Id && t.RevokedAt == null, ct);
        if (row is null) return NotFound();
        row.RevokedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
        return RedirectToPage();
    }

    private async Task<AppUser> CurrentAsync() => await users.GetUserAsync(User) ?? throw new InvalidOperationException("signed-in user not found");

    private async Task LoadAsync()
    {
        var user = await CurrentAsync();
        TwoFactorEnabled = await users.GetTwoFactorEnabledAsync(user);
        if (!TwoFactorEnabled)
        {
            var key = await users.GetAuthenticatorKeyAsync(user);
            if (string.IsNullOrEmpty(key))
            {
                await users.ResetAuthenticatorKeyAsync(user);
                key = await users.GetAuthenticatorKeyAsync(user);
            }
            AuthenticatorKey = key;
            AuthenticatorUri = $"otpauth://totp/OA:{Uri.EscapeDataString(user.UserName!)}?secret={key}&issuer=OA&digits=6";
        }
        var now = clock.GetUtcNow();
        Tokens = (await db.AccessTokens.AsNoTracking().Where(t => t.UserId == user.Id && t.Kind == AccessTokenKind.Personal && t.RevokedAt == null).ToListAsync())
            .Where(t => t.ExpiresAt > now).OrderByDescending(t => t.CreatedAt).ToList();
    }

}
