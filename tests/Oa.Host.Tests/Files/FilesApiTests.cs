using System.Net;
using Oa.Host.Tests.Infrastructure;

namespace Oa.Host.Tests.Files;

public sealed class FilesApiTests(FilesFactory factory) : IClassFixture<FilesFactory>
{
    [Fact]
    public async Task Upload_Pdf_AnswersIdNameSizeType_AndTheUploaderDownloadsTheSameBytes()
    {
        var client = await factory.ClientAsAsync("zhangsan");
        var response = await client.UploadAsync(FileUploads.Pdf, "合同.pdf");
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.JsonAsync();
        Assert.Equal("合同.pdf", body.GetProperty("name").GetString());
        Assert.Equal(FileUploads.Pdf.Length, body.GetProperty("size").GetInt64());
        Assert.Equal("application/pdf", body.GetProperty("contentType").GetString());

        var download = await client.GetAsync($"/api/files/{body.GetProperty("id").GetString()}");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(FileUploads.Pdf, await download.Content.ReadAsByteArrayAsync());
        Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);
    }

    [Fact]
    public async Task Upload_LargerThanTheLimit_Is400WithAFileError()
    {
        var client = await factory.ClientAsAsync("zhangsan");
        var big = new byte[FilesFactory.MaxBytes + 1];
        FileUploads.Pdf.CopyTo(big, 0);
        var response = await client.UploadAsync(big, "big.pdf");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.JsonAsync()).Errors().TryGetProperty("file", out _));
    }

    [Theory]
    [InlineData("scan.pdf")]   // PNG bytes called .pdf
    [InlineData("scan.png.exe")] // extension not allowed at all
    [InlineData("notes.txt")]  // binary bytes called text
    public async Task Upload_ContentNotMatchingAnAllowedType_IsRefused(string name)
    {
        var client = await factory.ClientAsAsync("zhangsan");
        var response = await client.UploadAsync(FileUploads.Png, name);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.JsonAsync()).Errors().TryGetProperty("file", out _));
    }

    [Fact]
    public async Task Upload_ExecutableRenamedToPdf_IsRefused()
    {
        var client = await factory.ClientAsAsync("zhangsan");
        byte[] exe = [(byte)'M', (byte)'Z', 0x90, 0, 3, 0, 0, 0];
        Assert.Equal(HttpStatusCode.BadRequest, (await client.UploadAsync(exe, "invoice.pdf")).StatusCode);
    }

    [Theory]
    [InlineData("../../etc/passwd.pdf")]
    [InlineData("..\\..\\boot.pdf")]
    [InlineData("sub/dir.pdf")]
    [InlineData("C:evil.pdf")]
    [InlineData(".hidden.pdf")]
    public async Task Upload_NameWithAPath_IsRefused(string name)
    {
        var client = await factory.ClientAsAsync("zhangsan");
        var response = await client.UploadAsync(FileUploads.Pdf, name);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(Directory.EnumerateFiles(factory.DataDirectory, "passwd*", SearchOption.AllDirectories).Any());
    }

    [Fact]
    public async Task Upload_WithoutAFile_Is400()
    {
        var client = await factory.ClientAsAsync("zhangsan");
        var response = await client.PostAsync("/api/files", new MultipartFormDataContent { { new StringContent("x"), "note" } });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Upload_Anonymous_IsRefused()
    {
        var response = await factory.Anonymous().UploadAsync(FileUploads.Pdf, "a.pdf");
        Assert.True(response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Redirect, response.StatusCode.ToString());
    }

    [Fact]
    public async Task Blob_IsEncryptedAtRest_NamedByItsHash_AndSharedByEqualUploads()
    {
        var client = await factory.ClientAsAsync("lisi");
        var bytes = "%PDF-1.4\n机密 工资单 lisi-only\n%%EOF"u8.ToArray();
        await client.UploadIdAsync(bytes, "工资单.pdf");
        await client.UploadIdAsync(bytes, "工资单-副本.pdf");
        var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes));
        var blobs = Directory.GetFiles(Path.Combine(factory.DataDirectory, "files"), hash + "*", SearchOption.AllDirectories);
        var blob = Assert.Single(blobs);
        Assert.EndsWith(".enc", blob);
        var stored = await File.ReadAllBytesAsync(blob);
        Assert.Equal("OAE1"u8.ToArray(), stored[..4]);
        Assert.DoesNotContain("lisi-only", System.Text.Encoding.UTF8.GetString(stored));
    }
}
