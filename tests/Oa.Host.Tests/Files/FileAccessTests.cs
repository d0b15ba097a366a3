using System.Net;
using Oa.Host.Tests.Infrastructure;
using Oa.Host.Tests.Workflow;

namespace Oa.Host.Tests.Files;

/// <summary>Who may read an attachment: the uploader while it is loose, then whoever may see the request it belongs to.</summary>
public sealed class FileAccessTests(FilesFactory factory) : IClassFixture<FilesFactory>
{
    [Fact]
    public async Task UnattachedFile_OnlyTheUploaderReadsIt_OthersGet404()
    {
        var owner = await factory.ClientAsAsync("zhangsan");
        var id = await owner.UploadIdAsync(FileUploads.Pdf, "私人.pdf");
        var other = await factory.ClientAsAsync("lisi");
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/files/{id}")).StatusCode);
        var head = await factory.ClientAsAsync("wanglei");
        Assert.Equal(HttpStatusCode.NotFound, (await head.GetAsync($"/api/files/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await owner.GetAsync($"/api/files/{id}")).StatusCode);
    }

    [Fact]
    public async Task FileOnARequest_TheApproverReadsIt_AnOutsiderGets404()
    {
        await factory.PublishFilesProcessAsync();
        var applicant = await factory.ClientAsAsync("zhangsan");
        var id = await applicant.UploadIdAsync(FileUploads.Pdf, "报价单.pdf");
        var instance = await applicant.StartWithFilesAsync(id);

        var head = await factory.ClientAsAsync("wanglei");
        Assert.NotNull(await head.TodoTaskAsync(instance));
        var read = await head.GetAsync($"/api/files/{id}");
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal(FileUploads.Pdf, await read.Content.ReadAsByteArrayAsync());

        var outsider = await factory.ClientAsAsync("qianhua");
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/api/files/{id}")).StatusCode);
    }

    [Fact]
    public async Task NamingSomeoneElsesFileInARequest_DoesNotAttachIt_NorOpenItToTheApprover()
    {
        await factory.PublishFilesProcessAsync();
        var victim = await factory.ClientAsAsync("lisi");
        var secret = await victim.UploadIdAsync(FileUploads.Pdf, "lisi的体检报告.pdf");

        var attacker = await factory.ClientAsAsync("zhangsan");
        await attacker.StartWithFilesAsync(secret);

        Assert.Equal(HttpStatusCode.NotFound, (await attacker.GetAsync($"/api/files/{secret}")).StatusCode);
        var head = await factory.ClientAsAsync("wanglei");
        Assert.Equal(HttpStatusCode.NotFound, (await head.GetAsync($"/api/files/{secret}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await victim.GetAsync($"/api/files/{secret}")).StatusCode);
    }

    [Fact]
    public async Task UnknownFileId_Is404()
    {
        var client = await factory.ClientAsAsync("zhangsan");
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/files/{Guid.NewGuid():N}")).StatusCode);
    }
}
