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
    // 撤销: the applicant ended their running request; the approvers who acted and the current assignees are told.
    public const string Revoked = "revoked";
    // Reminders (Features/Reminders): instance.title is the item (contract, certificate, …), data.* its details.
    public const string ReceivableDue = "receivable-due";
    public const string ReceivableOverdue = "receivable-overdue";
    public const string ReceivablesDigest = "receivables-digest";
    public const string LoanDue = "loan-due";
    public const string LoanOverdue = "loan-overdue";
    public const string CertificateExpiring = "certificate-expiring";
    public const string DeputyEnding = "deputy-ending";

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
        new(Revoked, "已撤销：{{ instance.title }}", "{{ actor }}撤销了申请「{{ instance.title }}」（{{ instance.serial }}），无需再处理。{{ if comment }}原因：{{ comment }}{{ end }}",
            "Revoked: {{ instance.title }}", "{{ actor }} revoked the request \"{{ instance.title }}\" ({{ instance.serial }}); nothing more to do.{{ if comment }} Reason: {{ comment }}{{ end }}"),
        new(ReceivableDue, "回款即将到期：{{ instance.title }}", "合同「{{ instance.title }}」第{{ data.period }}期（{{ data.node }}）应收 {{ data.amount }} 元，将于 {{ data.due }} 到期（还有{{ data.days }}天），尚未收 {{ data.open }} 元。",
            "Receivable due soon: {{ instance.title }}", "Instalment {{ data.period }} ({{ data.node }}) of contract \"{{ instance.title }}\", {{ data.amount }} CNY, is due on {{ data.due }} (in {{ data.days }} days); {{ data.open }} CNY still open."),
        new(ReceivableOverdue, "回款已逾期：{{ instance.title }}", "合同「{{ instance.title }}」第{{ data.period }}期（{{ data.node }}）应于 {{ data.due }} 收款，已逾期{{ data.days }}天，尚未收 {{ data.open }} 元。",
            "Receivable overdue: {{ instance.title }}", "Instalment {{ data.period }} ({{ data.node }}) of contract \"{{ instance.title }}\" was due on {{ data.due }} and is {{ data.days }} days overdue; {{ data.open }} CNY still open."),
        new(ReceivablesDigest, "回款周报（{{ data.week }}）", "逾期 {{ data.overdue_count }} 笔共 {{ data.overdue_amount }} 元；未来{{ data.horizon }}天到期 {{ data.due_count }} 笔共 {{ data.due_amount }} 元。{{ data.lines }}",
            "Receivables weekly ({{ data.week }})", "{{ data.overdue_count }} overdue instalments, {{ data.overdue_amount }} CNY; {{ data.due_count }} due in the next {{ data.horizon }} days, {{ data.due_amount }} CNY. {{ data.lines }}"),
        new(LoanDue, "借用即将到期：{{ instance.title }}", "{{ data.borrower }}借用的「{{ instance.title }}」应于 {{ data.due }} 归还（还有{{ data.days }}天）。",
            "Loan due soon: {{ instance.title }}", "\"{{ instance.title }}\" borrowed by {{ data.borrower }} is due back on {{ data.due }} (in {{ data.days }} days)."),
        new(LoanOverdue, "借用已逾期：{{ instance.title }}", "{{ data.borrower }}借用的「{{ instance.title }}」应于 {{ data.due }} 归还，已逾期{{ data.days }}天，请尽快归还。",
            "Loan overdue: {{ instance.title }}", "\"{{ instance.title }}\" borrowed by {{ data.borrower }} was due back on {{ data.due }} and is {{ data.days }} days overdue."),
        new(CertificateExpiring, "证书即将到期：{{ instance.title }}", "{{ data.type }}「{{ instance.title }}」（持有单位：{{ data.holder }}）将于 {{ data.expires }} 到期（还有{{ data.days }}天），请及时办理续期。",
            "Certificate expiring: {{ instance.title }}", "{{ data.type }} \"{{ instance.title }}\" (holder: {{ data.holder }}) expires on {{ data.expires }} (in {{ data.days }} days); please renew it."),
        new(DeputyEnding, "代理即将结束：{{ data.user }} → {{ data.deputy }}", "{{ data.user }}的待办由{{ data.deputy }}代理，代理将于 {{ data.ends }} 结束，之后新待办回到{{ data.user }}本人。",
            "Deputy period ending: {{ data.user }} → {{ data.deputy }}", "{{ data.deputy }} stands in for {{ data.user }} until {{ data.ends }}; new tasks go back to {{ data.user }} after that."),
    ];

    public static NotificationEvent Find(string name) => All.FirstOrDefault(e => e.Name == name) ?? throw new ArgumentException($"unknown notification event '{name}'", nameof(name));
}
