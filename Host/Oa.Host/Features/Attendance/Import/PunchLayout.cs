namespace Oa.Host.Features.Attendance.Import;

/// <summary>
/// Which columns of an export hold the person and the time. Either one date-time column, or a date and a time column.
/// <see cref="UserKey"/> says what the person column contains: our user name (WeCom 账号 is set to it), the employee
/// number (工号 on the fingerprint machine and in DingTalk) or the display name (only safe when names are unique).
/// </summary>
public sealed record PunchLayout(string Name, string UserColumn, string UserKey, string? DateTimeColumn, string? DateColumn, string? TimeColumn)
{
    public const string ByUserName = "userName", ByEmployeeNo = "employeeNo", ByDisplayName = "displayName";

    // 考勤机（指纹机）导出: 工号 | 姓名 | 日期 | 时间
    public static PunchLayout Fingerprint { get; } = new("fingerprint", "工号", ByEmployeeNo, null, "日期", "时间");

    // 企业微信 打卡记录导出: 姓名 | 账号 | 部门 | 打卡日期 | 打卡时间 | …
    public static PunchLayout WeCom { get; } = new("wecom", "账号", ByUserName, null, "打卡日期", "打卡时间");

    // 钉钉 原始打卡记录导出: 姓名 | 工号 | 部门 | … | 打卡时间 (date and time in one cell)
    public static PunchLayout DingTalk { get; } = new("dingtalk", "工号", ByEmployeeNo, "打卡时间", null, null);

    public static IReadOnlyList<PunchLayout> Presets { get; } = [Fingerprint, WeCom, DingTalk];

    public static PunchLayout? Preset(string? name) => Presets.FirstOrDefault(p => p.Name == name);

    public IEnumerable<string> Problems()
    {
        if (string.IsNullOrWhiteSpace(UserColumn)) yield return "userColumn";
        if (UserKey is not (ByUserName or ByEmployeeNo or ByDisplayName)) yield return "userKey";
        if (string.IsNullOrWhiteSpace(DateTimeColumn) && (string.IsNullOrWhiteSpace(DateColumn) || string.IsNullOrWhiteSpace(TimeColumn)))
            yield return "dateTimeColumn";
    }
}
