using System.Text.Json.Serialization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Localization;
using Oa.Host.Data;
using Oa.Host.Engine;
using Oa.Host.Features.Attendance;
using Oa.Host.Features.Auth;
using Oa.Host.Features.Definitions;
using Oa.Host.Features.Instances;
using Oa.Host.Features.Notifications;
using Oa.Host.Features.Ledgers;
using Oa.Host.Features.Reports;
using Oa.Host.Features.Tasks;
using Oa.Host.Features.Org;
using Oa.Host.Features.Setup;
using Oa.Host.Features.Shared;
using Oa.Host.Identity;
using Oa.Host.Jobs;

namespace Oa.Host.Hosting;

public static class OaServices
{
    public static WebApplicationBuilder AddOa(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var config = builder.Configuration;
        services.AddSingleton(TimeProvider.System);
        services.AddOaDatabase(builder.Environment.ContentRootPath);
        services.AddOaIdentity(config);
        // Keys in the database: cookies and anti-forgery tokens stay valid across restarts and across host instances.
        services.AddDataProtection().SetApplicationName("oa").PersistKeysToDbContext<OaDbContext>();

        services.AddSingleton<OrgCache>();
        services.AddScoped<OrgService>();
        services.AddScoped<DatabaseInitializer>();
        services.AddSingleton<UiText>();
        services.AddSingleton<PendingStarts>();
        services.AddSingleton<DefinitionRegistry>();
        services.AddSingleton<EfInstanceStore>();
        services.AddSingleton<EngineHost>();
        services.AddScoped<DefinitionPublisher>();
        services.AddScoped<StartService>();
        services.AddScoped<TaskActions>();
        services.AddScoped<Features.Instances.Retitle>();
        services.AddScoped<Features.Admin.Instances.InstanceAdministration>();
        services.AddScoped<Features.Admin.Instances.InstanceMigrations>();
        services.AddScoped<BatchActions>();
        services.AddScoped<Conversation>();
        services.AddScoped<Features.Workbench.PathPreview>();
        services.AddScoped<Features.Drafts.DraftStore>();
        services.AddOptions<NotificationOptions>().BindConfiguration("Notifications");
        services.AddOptions<SmtpOptions>().BindConfiguration("Smtp");
        services.AddHttpClient("webhooks", c => c.Timeout = TimeSpan.FromSeconds(15));
        services.AddSingleton<NotificationTemplates>();
        services.AddSingleton<NotificationOutbox>();
        services.AddSingleton<ProcessNotificationTemplates>();
        services.AddSingleton<EngineNotifications>();
        services.AddSingleton<EmailChannel>();
        services.AddSingleton<WebhookChannel>();
        services.AddSingleton<NotificationSender>();
        services.AddScoped<NotificationBadge>();
        services.AddSingleton<Features.Deputies.DeputyRouter>();
        services.AddOaLedgers();
        Features.ProcessTasks.ProcessTaskServices.AddOaProcessTasks(services); // service tasks + print templates of the shipped processes
        services.AddOaReports();
        services.AddOaScheduler(config, builder.Environment.ContentRootPath);
        Operations.OperationsSetup.AddOaOperations(services, config);
        services.AddOaAttendance(config);
        Features.Reminders.ReminderSetup.AddOaReminders(services, config);
        // Chinese text is written as is (HTML-special characters are still encoded), so pages stay readable and small.
        services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(o =>
            o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));

        services.AddProblemDetails();
        services.AddExceptionHandler<DatabaseUnavailable>(); // a database outage answers 503 + Retry-After, not 500
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        services.AddOpenApi();
        services.AddAntiforgery(o => o.HeaderName = "RequestVerificationToken");
        services.AddRazorPages(o => o.RootDirectory = "/Features");
        services.Configure<RequestLocalizationOptions>(o =>
        {
            o.SetDefaultCulture("zh-CN").AddSupportedCultures("zh-CN", "en").AddSupportedUICultures("zh-CN", "en");
            o.RequestCultureProviders = [new CookieRequestCultureProvider(), new AcceptLanguageHeaderRequestCultureProvider()];
        });
        services.AddHealthChecks().AddDbContextCheck<OaDbContext>("database", tags: ["ready"])
            .AddCheck<SchedulerHealthCheck>("scheduler", tags: ["ready"]);
        return builder;
    }
}
