namespace Oa.Host.Features.Reminders;

public static class ReminderSetup
{
    /// <summary>Reminders (issue #7 point 5): settings from the "Reminders" section; the jobs are in SchedulerSetup.</summary>
    public static IServiceCollection AddOaReminders(this IServiceCollection services, IConfiguration config)
    {
        services.AddOptions<ReminderOptions>().Bind(config.GetSection("Reminders"));
        services.AddScoped<ReminderSweep>();
        services.AddScoped<ReminderRun>();
        return services;
    }
}
