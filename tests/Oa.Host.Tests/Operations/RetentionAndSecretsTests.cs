using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Oa.Host.Data;
using Oa.Host.Operations.Retention;
using Oa.Host.Operations.Secrets;
using Oa.Host.Tests.Files;
using Oa.Host.Tests.Infrastructure;
using Oa.Host.Tests.Workflow;

namespace Oa.Host.Tests.Operations;

public sealed class RetentionFactory : OpsFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Retention:Processes:host_files", "30");
        // Quartz runs on the test's clock: advanced a month, the nightly jobs would fire by themselves mid-test.
        builder.UseSetting("Retention:Schedule", "-");
        builder.UseSetting("Backup:Enabled", "false");
    }
}

public sealed class RetentionAndSecretsTests(RetentionFactory factory) : IClassFixture<RetentionFactory>
{
    [Fact]
    public async Task HistoryCleanup_DeletesEndedRequestsPastTheirRetention_WithTheirFiles_NeverRunningOnes()
    {
        await factory.PublishFilesProcessAsync();
        var applicant = await factory.ClientAsAsync("zhangsan");
        var head = await factory.ClientAsAsync("wanglei");
        byte[] unique = [.. "%PDF-1.5\n"u8, .. Guid.NewGuid().ToByteArray()];
        var fileId = await applicant.UploadIdAsync(unique, "旧合同.pdf");
        var ended = await applicant.StartWithFilesAsync(fileId);
        Assert.Equal(HttpStatusCode.OK, (await head.ActAsync((await head.TodoTaskAsync(ended))!, "approve")).StatusCode);
        var running = await applicant.StartWithFilesAsync();

        factory.Clock.Advance(TimeSpan.FromDays(31));
        (applicant, head) = (await factory.ClientAsAsync("zhangsan"), await factory.ClientAsAsync("wanglei")); // tokens expired meanwhile
        var recent = await applicant.StartWithFilesAsync();
        Assert.Equal(HttpStatusCode.OK, (await head.ActAsync((await head.TodoTaskAsync(recent))!, "approve")).StatusCode);

        var removed = await factory.InScopeAsync(sp => sp.GetRequiredService<HistoryCleanup>().RunAsync(CancellationToken.None));

        Assert.Equal(1, removed);
        var admin = await factory.ClientAsAsync("admin");
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/api/instances/{ended}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync($"/api/instances/{running}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync($"/api/instances/{recent}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await applicant.GetAsync($"/api/files/{fileId}")).StatusCode);
        var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(unique));
        Assert.Empty(Directory.GetFiles(Path.Combine(factory.DataDirectory, "files"), hash + "*", SearchOption.AllDirectories));
        await factory.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<OaDbContext>();
            Assert.False(await db.History.AnyAsync(h => h.InstanceId == ended));
            Assert.False(await db.Tasks.AnyAsync(t => t.InstanceId == ended));
            return 0;
        });
    }

    [Fact]
    public async Task Secrets_AreStoredOnlyAsCiphertext_AndReadBackAsSet()
    {
        const string password = "smtp-P@ss-只在内存里";
        await factory.InScopeAsync(async sp =>
        {
            await sp.GetRequiredService<ISecretProtector>().SetAsync("Smtp:Password", password, "admin", CancellationToken.None);
            return 0;
        });
        var stored = OperationsHosts.DumpSqlite(factory.DatabaseFile)["protected_settings"];
        Assert.Single(stored);
        Assert.DoesNotContain(password, stored[0]);
        foreach (var f in new[] { factory.DatabaseFile, factory.DatabaseFile + "-wal" }.Where(File.Exists))
            Assert.DoesNotContain("smtp-P@ss", File.ReadAllText(f, System.Text.Encoding.Latin1));

        var read = await factory.InScopeAsync(sp => sp.GetRequiredService<ISecretProtector>().GetAsync("Smtp:Password", CancellationToken.None));
        Assert.Equal(password, read);
        Assert.True(await factory.InScopeAsync(sp => sp.GetRequiredService<ISecretProtector>().IsSetAsync("Smtp:Password", CancellationToken.None)));
        Assert.Null(await factory.InScopeAsync(sp => sp.GetRequiredService<ISecretProtector>().GetAsync("Webhook:Key", CancellationToken.None)));
    }
}
