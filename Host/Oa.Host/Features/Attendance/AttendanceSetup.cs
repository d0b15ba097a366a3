using Oa.Host.Engine;
using Oa.Host.Features.Attendance.Close;
using Oa.Host.Features.Attendance.Import;
using Oa.Host.Features.Attendance.Rules;
using Oa.Host.Features.Payroll;
using Oa.Host.Identity;

namespace Oa.Host.Features.Attendance;

public static class AttendanceSetup
{
    /// <summary>Attendance and the payments run. Rules come from the "Attendance:Rules" section over the seed's defaults.</summary>
    public static IServiceCollection AddOaAttendance(this IServiceCollection services, IConfiguration config)
    {
        services.AddSingleton(_ => config.GetSection("Attendance:Rules").Get<AttendanceRules>() ?? AttendanceRules.Default);
        services.AddSingleton(_ => config.GetSection("Payroll").Get<PayrollSettings>() ?? new PayrollSettings());
        services.AddScoped<ExceptionApprovalStarter>();
        services.AddScoped<PeriodCloser>();
        services.AddSingleton<ExceptionApprovalQueue>();
        services.AddScoped<PeriodReview>();
        services.AddScoped<PunchImporter>();
        services.AddScoped<PaymentsRun>();
        services.AddScoped<IHostServiceTask, MissedPunchTask>();
        services.AddScoped<Admin.Jobs.JobsAdmin>();
        services.AddAuthorizationBuilder().AddPolicy(AttendanceAccess.Policy, p => p.RequireRole(AttendanceAccess.HrRole, Roles.Admin));
        return services;
    }
}
