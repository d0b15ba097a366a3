namespace Oa.Host.Features.Reminders;

/// <summary>The "Reminders" settings: how far ahead to warn, how often to repeat an overdue reminder, who is told.</summary>
public sealed class ReminderOptions
{
    /// <summary>Daily sweep (Quartz cron, China time); "-" switches reminders off.</summary>
    public string Cron { get; set; } = "0 30 8 * * ?";
    /// <summary>Weekly receivables digest to the sales heads.</summary>
    public string DigestCron { get; set; } = "0 0 9 ? * MON";
    public int ReceivableDaysBefore { get; set; } = 7;
    public int ReceivableOverdueRepeatDays { get; set; } = 7;
    public int LoanDaysBefore { get; set; } = 2;
    public int LoanOverdueRepeatDays { get; set; } = 1;
    public int ExpiryDaysBefore { get; set; } = 30;
    public int DeputyDaysBefore { get; set; } = 1;
    public string ContractLedger { get; set; } = "contracts";
    public string CertificateLedger { get; set; } = "ca-certificates";
    public string FinanceRole { get; set; } = "财务";
    public string SalesHeadRole { get; set; } = "销售总监";
    /// <summary>行政 keeps the CA certificates and licences and confirms their return.</summary>
    public string CustodianRole { get; set; } = "行政";
    /// <summary>Processes whose open 归还确认 task means an item is out on loan, with the variable holding its due date.</summary>
    public string[] LoanProcesses { get; set; } = ["ca-loan", "qualification-loan"];
}
