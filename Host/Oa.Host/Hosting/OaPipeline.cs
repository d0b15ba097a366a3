using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Oa.Host.Engine;
using Oa.Host.Features.Admin.Jobs;
using Oa.Host.Features.Attendance;
using Oa.Host.Features.Admin.Instances;
using Oa.Host.Features.Auth;
using Oa.Host.Features.Definitions;
using Oa.Host.Features.Designer.Api;
using Oa.Host.Features.Designer.Drafts;
using Oa.Host.Features.Instances;
using Oa.Host.Features.Ledgers;
using Oa.Host.Features.Reports;
using Oa.Host.Features.Org;
using Oa.Host.Features.Payroll;
using Oa.Host.Features.Tasks;
using Oa.Host.Features.Notifications;
using Oa.Host.Features.Deputies;
using Oa.Host.Features.Drafts;
using Scalar.AspNetCore;

namespace Oa.Host.Hosting;

public static class OaPipeline
{
    public static WebApplication UseOa(this WebApplication app)
    {
        Operations.ReverseProxy.UseOaForwardedHeaders(app); // first: everything after sees the real client and scheme
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseMiddleware<SecurityHeaders>();
        app.UseStaticFiles();
        app.UseRequestLocalization();
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        app.UseMiddleware<ApiAntiforgery>();

        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready") }).AllowAnonymous();
        app.MapOpenApi().AllowAnonymous();
        app.MapScalarApiReference().AllowAnonymous();

        app.MapAuthApi();
        app.MapOrgApi();
        app.MapDefinitionsApi();
        app.MapInstancesApi();
        app.MapTasksApi();
        app.MapIncidentsApi();
        app.MapDesignerApi();
        Features.Designer.FormFeelApi.MapFormFeelApi(app);
        Features.Designer.ProcessSettingsApi.MapProcessSettingsApi(app);
        app.MapDesignerDraftsApi();
        app.MapInstanceAdminApi();
        app.MapMigrationApi();
        app.MapNotificationsApi();
        app.MapDeputiesApi();
        app.MapDraftsApi();
        Operations.OperationsSetup.MapOaOperations(app);
        app.MapAttendanceApi();
        app.MapPayrollApi();
        app.MapJobsApi();
        app.MapLedgersApi();
        app.MapReportsApi();
        app.MapRazorPages();
        return app;
    }
}
