using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Oa.Host.Identity;

namespace Oa.Host.Features.Account;

[AllowAnonymous]
public sealed class LoginModel(SignInManager<AppUser> signIn, UserManager<AppUser> users) : PageModel
{
    [BindProperty] public string? UserName { get; set; }
    [BindProperty] public string? Password { get; set; }
    [BindProperty] public bool RememberMe { get; set; }
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }
    public string? Error { get; private set; }
    public bool NeedsTotp { get; private set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = string.IsNullOrWhiteSpace(UserName) ? null : await users.FindByNameAsync(UserName.Trim());
        if (user is null || !user.Active || string.IsNullOrEmpty(Password))
        {
            Error = "用户名或密码错误";
            return Page();
        }
        var result = await signIn.PasswordSignInAsync(user, Password, RememberMe, lockoutOnFailure: true);
        if (result.Succeeded) return LocalRedirect(SafeReturnUrl());
        if (result.RequiresTwoFactor)
        {
            NeedsTotp = true;
            return Page();
        }
        Error = result.IsLockedOut ? "账号已被锁定，请稍后再试" : "用户名或密码错误";
        return Page();
    }

    public async Task<IActionResult> OnPostTotpAsync(string? totpCode)
    {
        var code = (totpCode ?? "").Replace(" ", "", StringComparison.Ordinal);
        var result = await signIn.TwoFactorAuthenticatorSignInAsync(code, RememberMe, rememberClient: false);
        if (result.Succeeded) return LocalRedirect(SafeReturnUrl());
        NeedsTotp = !result.IsLockedOut;
        Error = result.IsLockedOut ? "账号已被锁定，请稍后再试" : "验证码错误";
        return Page();
    }

    /// <summary>Only local paths: an attacker's link must not turn the login into an open redirect.</summary>
    private string SafeReturnUrl() => Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/";
}
