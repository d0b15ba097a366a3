using System.Text.RegularExpressions;
using Oa.Host.Features.Shared;

namespace Oa.Host.Features.Admin.Jobs;

/// <summary>
/// What the jobs page calls each job and its schedule, in Chinese (English through UiText). Quartz keeps the description a
/// job was first stored with, in whatever words the code used then, so the page names the jobs it knows by their key and
/// shows the stored description only for a job it does not know.
/// </summary>
public static partial class JobTexts
{
    public sealed record Text(string Name, string Description);

    private static readonly Dictionary<string, Text> Known = new(StringComparer.Ordinal)
    {
        ["bpmn.fire-due-timers"] = new("流程定时器", "触发到期的流程定时器：超时提醒、自动同意/驳回、定时节点"),
        ["bpmn.run-due-jobs"] = new("流程自动节点", "执行到期的流程服务任务（自动节点），失败按设置重试"),
        ["notifications.deliver-notifications"] = new("通知发送", "发送排队的邮件和群机器人通知，失败自动重试"),
        ["operations.daily-backup"] = new("每日备份", "备份数据库和附件，并按保留天数删除旧备份"),
        ["operations.integrity-check"] = new("完整性检查", "每周检查备份、数据库和附件是否完好"),
        ["operations.history-cleanup"] = new("历史清理", "删除已超过保留期限的已结束申请"),
        ["attendance.close-attendance-period"] = new("考勤结算", "结算上一个考勤周期（26日至次月25日）"),
        ["attendance.start-attendance-approvals"] = new("异常考勤审批", "为考勤结算排队的异常考勤发起审批"),
        ["reminders.send-reminders"] = new("每日提醒", "回款、借用、证书到期和代理结束提醒"),
        ["reminders.receivables-digest"] = new("回款周报", "每周一把回款周报发给销售总监"),
    };

    public static IReadOnlyCollection<string> Keys => Known.Keys;

    public static Text For(string group, string name, string? stored) =>
        Known.GetValueOrDefault($"{group}.{name}") ?? new($"{group}.{name}", stored ?? "");

    /// <summary>JobsAdmin's schedule ("every 5s", "cron 0 30 8 * * ? (Asia/Shanghai)", several joined by "; ") in words:
    /// the common daily, weekly and monthly crons as a time, anything else as the cron itself.</summary>
    public static string Schedule(string schedule, UiText t) => string.Join(t["；"], schedule.Split("; ", StringSplitOptions.RemoveEmptyEntries).Select(s =>
    {
        if (Every().Match(s) is { Success: true } every) return string.Format(t["每 {0} 秒"], every.Groups[1].Value);
        if (Cron().Match(s) is not { Success: true } cron) return s;
        var (minute, hour, day, dow) = (cron.Groups["m"].Value, cron.Groups["h"].Value, cron.Groups["d"].Value, cron.Groups["w"].Value);
        var zone = cron.Groups["z"].Value switch { "Asia/Shanghai" or "China Standard Time" => t["北京时间"], "Etc/UTC" or "UTC" => "UTC", var z => z };
        var time = $"{int.Parse(hour):00}:{int.Parse(minute):00}";
        var when = (day, dow) switch
        {
            ("*" or "?", "*" or "?") => string.Format(t["每天 {0}"], time),
            ("?", _) when Weekdays.TryGetValue(dow, out var weekday) => string.Format(t["每{0} {1}"], t[weekday], time),
            (_, "?") when int.TryParse(day, out _) => string.Format(t["每月 {0} 日 {1}"], day, time),
            _ => null,
        };
        return when is null ? s : string.Format(t["{0}（{1}）"], when, zone);
    }));

    private static readonly Dictionary<string, string> Weekdays = new(StringComparer.OrdinalIgnoreCase)
    {
        ["MON"] = "周一", ["TUE"] = "周二", ["WED"] = "周三", ["THU"] = "周四", ["FRI"] = "周五", ["SAT"] = "周六", ["SUN"] = "周日",
    };

    [GeneratedRegex(@"^every (\d+)s$")]
    private static partial Regex Every();

    // Seconds 0, a fixed minute and hour; day-of-month and day-of-week as Quartz writes them.
    [GeneratedRegex(@"^cron 0 (?<m>\d{1,2}) (?<h>\d{1,2}) (?<d>\S+) \* (?<w>\S+) \((?<z>[^)]+)\)$")]
    private static partial Regex Cron();
}
