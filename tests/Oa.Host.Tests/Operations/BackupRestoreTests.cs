using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Oa.Host.Jobs;
using Oa.Host.Operations.Backup;
using Oa.Host.Tests.Files;
using Oa.Host.Tests.Infrastructure;
using Oa.Host.Tests.Workflow;

namespace Oa.Host.Tests.Operations;

/// <summary>
/// A populated system (requests waiting on approvers and on a timer, encrypted attachments, Quartz triggers) is
/// backed up while running, restored into a fresh database and data folder, and carries on there.
/// </summary>
public sealed class BackupRestoreTests
{
    [Fact]
    public async Task Backup_ThenRestoreIntoAFreshSystem_EveryTableMatches_AndTheRestoredSystemCarriesOn()
    {
        await using var source = new OpsFactory();
        var admin = await source.ClientAsAsync("admin");
        (await admin.PostAsync("/api/definitions", Fixtures.Upload("hostleave.bpmn", "host_leave_form.form", "hosttimer.bpmn"))).EnsureSuccessStatusCode();
        await source.PublishFilesProcessAsync();
        var applicant = await source.ClientAsAsync("zhangsan");
        var leave = (await applicant.StartLeaveAsync(2)).GetProperty("id").GetString()!;
        var timer = (await (await applicant.PostAsJsonAsync("/api/processes/host_timer/instances", new { })).JsonAsync()).GetProperty("id").GetString()!;
        var fileId = await applicant.UploadIdAsync(FileUploads.Pdf, "附件.pdf");
        var withFile = await applicant.StartWithFilesAsync(fileId);

        var backup = await source.InScopeAsync(sp => sp.GetRequiredService<BackupService>().CreateAsync("test", CancellationToken.None));
        Assert.EndsWith(".zip.enc", backup.Path);
        Assert.Equal(1, backup.Manifest.FileCount);
        Assert.Equal(3, backup.Manifest.Tables["process_instances"]);
        Assert.True(backup.Manifest.Tables["QRTZ_TRIGGERS"] >= 1); // the daily backup and weekly check triggers

        await using var target = new OpsFactory();
        var summary = await OperationsHosts.AsCliAsync(target.DatabaseFile, target.DataDirectory,
            sp => sp.GetRequiredService<RestoreService>().RestoreAsync(backup.Path, null, CancellationToken.None));
        Assert.Equal(1, summary.FilesWritten);
        Assert.Equal(backup.Manifest.Tables, summary.RestoredTables);

        var before = OperationsHosts.DumpSqlite(source.DatabaseFile);
        var after = OperationsHosts.DumpSqlite(target.DatabaseFile);
        Assert.Equal(before.Keys.Order(), after.Keys.Order());
        foreach (var (table, rows) in before) Assert.True(rows.SequenceEqual(after[table]), $"table {table} differs after restore");

        // The restored system: the head approves the in-flight leave, reads the attachment, and the pending timer fires.
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
}
