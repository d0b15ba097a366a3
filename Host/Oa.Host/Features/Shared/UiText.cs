using System.Globalization;

namespace Oa.Host.Features.Shared;

/// <summary>
/// The UI is written in Chinese; this maps each Chinese text to its English form when the request culture is English.
/// A text without an entry shows in Chinese, so a missing translation is visible but never breaks a page.
/// </summary>
public sealed class UiText
{
    private static readonly Dictionary<string, string> English = new(StringComparer.Ordinal)
    {
        ["工作台"] = "Workbench", ["发起审批"] = "New request", ["待办"] = "To do", ["已办"] = "Done", ["我发起的"] = "My requests",
        ["抄送我的"] = "CC'd to me", ["台账"] = "Ledgers", ["考勤"] = "Attendance", ["管理"] = "Admin", ["登录"] = "Sign in",
        ["退出"] = "Sign out", ["用户名"] = "User name", ["密码"] = "Password", ["记住我"] = "Remember me", ["个人设置"] = "Profile",
        ["用户名或密码错误"] = "Invalid user name or password", ["账号已被锁定，请稍后再试"] = "Account locked; try again later",
        ["动态验证码"] = "Authenticator code", ["需要动态验证码"] = "Authenticator code required", ["验证码错误"] = "Invalid code",
        ["你好"] = "Hello", ["通知"] = "Notifications", ["协同办公平台"] = "OA Platform", ["语言"] = "Language",
        ["修改密码"] = "Change password", ["当前密码"] = "Current password", ["新密码"] = "New password", ["保存"] = "Save",
        ["两步验证"] = "Two-factor authentication", ["访问令牌"] = "Access tokens", ["已启用"] = "Enabled", ["未启用"] = "Not enabled",
        ["启用"] = "Enable", ["停用"] = "Disable", ["创建"] = "Create", ["撤销"] = "Revoke", ["名称"] = "Name", ["有效期(天)"] = "Valid (days)",
        ["创建时间"] = "Created", ["过期时间"] = "Expires", ["最近使用"] = "Last used", ["密码已修改"] = "Password changed",
        ["请复制令牌，它只显示这一次"] = "Copy the token now; it is shown only once", ["没有权限"] = "Access denied",
        ["你没有权限访问此页面"] = "You are not allowed to see this page", ["返回首页"] = "Back to the workbench",
        ["部门"] = "Department", ["岗位"] = "Position", ["角色"] = "Roles", ["我的待办"] = "My to-dos", ["快捷入口"] = "Shortcuts",
        ["用手机验证器扫描或输入密钥"] = "Scan with an authenticator app or enter the key", ["密钥"] = "Key",
        ["两步验证已启用"] = "Two-factor authentication enabled", ["两步验证已停用"] = "Two-factor authentication disabled",
        ["组织架构"] = "Organisation", ["用户"] = "Users", ["在职"] = "Active",
    };

    public string this[string chinese] => IsEnglish ? English.GetValueOrDefault(chinese, chinese) : chinese;

    public static bool IsEnglish => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";

    public static bool HasEnglish(string chinese) => English.ContainsKey(chinese);
}
