using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Oa.Host.Hosting;
using Oa.Host.Jobs;
using Oa.Host.Operations.Backup;
using Oa.Host.Tests.Files;
using Oa.Host.Tests.Infrastructure;
using Oa.Host.Tests.ScaleOut;
using Oa.Host.Tests.Workflow;

namespace Oa.Host.Tests.Operations;

/// <summary>The operations host (fake clock, encryption keys) on a given PostgreSQL database.</summary>
public sealed class PgOpsFactory(string connectionString) : OpsFactory("Postgres")
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("ConnectionStrings:Oa", connectionString);
        // Only the cron triggers remain (none due during the test), so the tables hold still while they are compared.
        builder.UseSetting("Jobs:Enabled", "false");
        builder.UseSetting("Notifications:Enabled", "false");
    }
}

/// <summary>
/// pg_dump / pg_restore end to end: a populated PostgreSQL system (requests waiting on an approver and on a timer,
/// an encrypted attachment, Quartz triggers) is backed up while running, restored into an empty database, compared
/// table by table and row by row, and carries on there.
/// </summary>
public sealed class PostgresBackupRestoreTests
{
    [Fact]
    public async Task Backup_ThenRestoreIntoAnEmptyDatabase_EveryRowMatches_AndTheRestoredSystemCarriesOn()
    {
        await using var sourceDb = await ScratchPostgres.CreateAsync("oa_backup_");
        await using var source = new PgOpsFactory(sourceDb.ConnectionString);
        var admin = await source.ClientAsAsync("admin");
        (await admin.PostAsync("/api/definitions", Fixtures.Upload("hostleave.bpmn", "host_leave_form.form", "hosttimer.bpmn"))).EnsureSuccessStatusCode();
        await source.PublishFilesProcessAsync();
        var applicant = await source.ClientAsAsync("zhangsan");
        var leave = (await applicant.StartLeaveAsync(2)).GetProperty("id").GetString()!;
        var timer = (await (await applicant.PostAsJsonAsync("/api/processes/host_timer/instances", new { })).JsonAsync()).GetProperty("id").GetString()!;
        var fileId = await applicant.UploadIdAsync(FileUploads.Pdf, "附件.pdf");
        var withFile = await applicant.StartWithFilesAsync(fileId);

        var backup = await source.InScopeAsync(sp => sp.GetRequiredService<BackupService>().CreateAsync("test", CancellationToken.None));
        Assert.Equal("postgres", backup.Manifest.Provider);
        Assert.Equal(3, backup.Manifest.Tables["process_instances"]);
        Assert.True(backup.Manifest.Tables["qrtz_triggers"] >= 1);

        await using var targetDb = await ScratchPostgres.CreateAsync("oa_restored_");
        await using var target = new PgOpsFactory(targetDb.ConnectionString);
        var summary = await AsCliAsync(targetDb.ConnectionString, target.DataDirectory,
            sp => sp.GetRequiredService<RestoreService>().RestoreAsync(backup.Path, null, CancellationToken.None));
        Assert.Equal(1, summary.FilesWritten);
        Assert.Equal(backup.Manifest.Tables, summary.RestoredTables);

        // A running node keeps checking in to the cluster table; everything else must be identical.
        string[] live = ["qrtz_scheduler_state.last_checkin_time"];
        var before = await sourceDb.DumpAsync(live);
        var after = await targetDb.DumpAsync(live);
        Assert.Equal(before.Keys.Order(), after.Keys.Order());
        foreach (var (table, rows) in before) Assert.True(rows.SequenceEqual(after[table]), $"table {table} differs after restore");

        var head = await target.ClientAsAsync("wanglei");
        var task = await head.TodoTaskAsync(leave);
        Assert.NotNull(task);
        Assert.Equal(HttpStatusCode.OK, (await head.ActAsync(task, "approve")).StatusCode);
        Assert.NotNull(await (await target.ClientAsAsync("wujing")).TodoTaskAsync(leave));
        Assert.NotNull(await head.TodoTaskAsync(withFile));
        var file = await head.GetAsync($"/api/files/{fileId}");
        Assert.Equal(HttpStatusCode.OK, file.StatusCode);
        Assert.Equal(FileUploads.Pdf, await file.Content.ReadAsByteArrayAsync());

        Assert.Null(await head.TodoTaskAsync(timer));
        target.Clock.Advance(TimeSpan.FromMinutes(61));
        Assert.Equal(1, await target.Services.GetRequiredService<TimerPoller>().FireDueAsync(CancellationToken.None));
        Assert.NotNull(await head.TodoTaskAsync(timer));
    }

    /// <summary>The services the `restore` verb gets, over a PostgreSQL database no host has started on.</summary>
    private static async Task<T> AsCliAsync<T>(string connectionString, string dataDirectory, Func<IServiceProvider, Task<T>> run)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Testing", ContentRootPath = AppContext.BaseDirectory });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Postgres",
            ["ConnectionStrings:Oa"] = connectionString,
            ["Storage:DataDirectory"] = dataDirectory,
            ["Backup:EncryptionKey"] = OpsFactory.BackupKey,
            ["Files:EncryptionKey"] = OpsFactory.FilesKey,
        });
        builder.AddOa();
        await using var app = builder.Build();
        await using var scope = app.Services.CreateAsyncScope();
        return await run(scope.ServiceProvider);
    }
}
