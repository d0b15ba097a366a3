namespace Oa.Host.Features.Payroll;

public static class PayrollKinds
{
    public const string Secondment = "secondment", Certificate = "certificate", Laptop = "laptop", Overtime = "overtime", Attendance = "attendance-deduction";

    public static readonly (string Kind, string Label)[] All =
        [(Secondment, "外派补贴"), (Certificate, "资质证书津贴"), (Laptop, "自带电脑补贴"), (Overtime, "加班费"), (Attendance, "考勤扣款")];

    public static string Label(string kind) => All.FirstOrDefault(k => k.Kind == kind).Label ?? kind;
}
