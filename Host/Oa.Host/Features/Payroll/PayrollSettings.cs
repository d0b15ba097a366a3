namespace Oa.Host.Features.Payroll;

/// <summary>
/// Amounts of the monthly payments run ("Payroll" configuration section). The seed fixes only the laptop allowance
/// (每月给予150元补贴); the secondment allowance and overtime rates live in company documents that are not in the seeds
/// (《人员外派管理办法》, 考勤制度), so the defaults below are placeholders HR is expected to set.
/// </summary>
public sealed class PayrollSettings
{
    public decimal LaptopMonthly { get; set; } = 150m;

    /// <summary>外派补贴 for a full period of attendance on secondment; paid pro rata to attended workdays.</summary>
    public decimal SecondmentMonthly { get; set; } = 1500m;

    /// <summary>"pay" pays approved overtime hours; "timeoff" records them for 调休 with no money line.</summary>
    public string OvertimeAs { get; set; } = "pay";

    /// <summary>Multiples of the hourly wage (daily wage / 8), as the Labour Law's 150% / 200% / 300%.</summary>
    public decimal WorkdayOvertimeRate { get; set; } = 1.5m;
    public decimal RestDayOvertimeRate { get; set; } = 2m;
    public decimal HolidayOvertimeRate { get; set; } = 3m;
}
