namespace Oa.Host.Features.Notifications;

/// <summary>The events people are told about, with their default templates (Scriban; Chinese first, English for users who chose it).</summary>
public sealed record NotificationEvent(string Name, string ZhTitle, string ZhBody, string EnTitle, string EnBody)
{
    public const string TaskAssigned = "task-assigned";
    public const string Approved = "approved";
    public const string Rejected = "rejected";
    public const string Returned = "returned";
    public const string Urged = "urged";
    public const string CarbonCopy = "cc";
    public const string Timeout = "timeout";
    public const string Delegated = "delegated";
    public const string Cancelled = "cancelled";

    public static readonly IReadOnlyList<NotificationEvent> All =
    [
        new(TaskAssigned, "待审批：{{ instance.title }}", "{{ actor }}提交的「{{ instance.title }}」（{{ instance.serial }}）到达「{{ node }}」，等待您处理。",
            "To approve: {{ instance.title }}", "\"{{ instance.title }}\" ({{ instance.serial }}) from {{ actor }} is waiting for you at \"{{ node }}\"."),
        new(Approved, "已通过：{{ instance.title }}", "您的申请「{{ instance.title }}」（{{ instance.serial }}）已审批通过。",
            "Approved: {{ instance.title }}", "Your request \"{{ instance.title }}\" ({{ instance.serial }}) has been approved."),
        new(Rejected, "已驳回：{{ instance.title }}", "您的申请「{{ instance.title }}」（{{ instance.serial }}）被{{ actor }}驳回。{{ if comment }}意见：{{ comment }}{{ end }}",
            "Rejected: {{ instance.title }}", "Your request \"{{ instance.title }}\" ({{ instance.serial }}) was rejected by {{ actor }}.{{ if comment }} Comment: {{ comment }}{{ end }}"),
        new(Returned, "已退回：{{ instance.title }}", "「{{ instance.title }}」（{{ instance.serial }}）被{{ actor }}退回到「{{ node }}」。{{ if comment }}意见：{{ comment }}{{ end }}",
            "Returned: {{ instance.title }}", "\"{{ instance.title }}\" ({{ instance.serial }}) was returned to \"{{ node }}\" by {{ actor }}.{{ if comment }} Comment: {{ comment }}{{ end }}"),
        new(Urged, "催办：{{ instance.title }}", "{{ actor }}催您尽快处理「{{ instance.title }}」（{{ instance.serial }}）。{{ if comment }}留言：{{ comment }}{{ end }}",
            "Reminder: {{ instance.title }}", "{{ actor }} asks you to act on \"{{ instance.title }}\" ({{ instance.serial }}) soon.{{ if comment }} Note: {{ comment }}{{ end }}"),
        new(CarbonCopy, "抄送：{{ instance.title }}", "「{{ instance.title }}」（{{ instance.serial }}）抄送给您{{ if actor }}（{{ actor }}）{{ end }}，请知悉。",
            "CC: {{ instance.title }}", "\"{{ instance.title }}\" ({{ instance.serial }}) was copied to you{{ if actor }} by {{ actor }}{{ end }}."),
        new(Timeout, "审批超时提醒：{{ instance.title }}", "「{{ instance.title }}」（{{ instance.serial }}）在「{{ node }}」已超时，请尽快处理。",
            "Overdue: {{ instance.title }}", "\"{{ instance.title }}\" ({{ instance.serial }}) is overdue at \"{{ node }}\"; please act on it."),
        new(Delegated, "委派给您：{{ instance.title }}", "{{ actor }}将「{{ instance.title }}」（{{ instance.serial }}）的「{{ node }}」委派给您处理，处理后将交回{{ actor }}。",
            "Delegated to you: {{ instance.title }}", "{{ actor }} delegated \"{{ node }}\" of \"{{ instance.title }}\" ({{ instance.serial }}) to you; it returns to them after you act."),
        new(Cancelled, "已作废：{{ instance.title }}", "「{{ instance.title }}」（{{ instance.serial }}）已被{{ actor }}作废。{{ if comment }}原因：{{ comment }}{{ end }}",
            "Cancelled: {{ instance.title }}", "\"{{ instance.title }}\" ({{ instance.serial }}) was cancelled by {{ actor }}.{{ if comment }} Reason: {{ comment }}{{ end }}"),
    ];

    public static NotificationEvent Find(string name) => All.FirstOrDefault(e => e.Name == name) ?? throw new ArgumentException($"unknown notification event '{name}'", nameof(name));
}
