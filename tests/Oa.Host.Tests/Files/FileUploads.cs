using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Oa.Host.Tests.Infrastructure;

namespace Oa.Host.Tests.Files;

/// <summary>A host with a small upload limit and at-rest encryption on, and the steps the file tests share.</summary>
public sealed class FilesFactory : OaFactory
{
    public const int MaxBytes = 64 * 1024;
    public static readonly string Key = Convert.ToBase64String(Enumerable.Range(1, 32).Select(i => (byte)i).ToArray());

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Files:MaxBytes", MaxBytes.ToString());
        builder.UseSetting("Files:EncryptionKey", Key);
    }
}

public static class FileUploads
{
    public static readonly byte[] Pdf = [.. "%PDF-1.7\n% 合同扫描件\n1 0 obj <<>> endobj\n%%EOF\n"u8];
    public static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52];

    public static MultipartFormDataContent Form(byte[] bytes, string fileName, string field = "file", string contentType = "application/octet-stream")
    {
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        // Set the header by hand: the framework would quote and escape the name, and the tests need it raw.
        file.Headers.ContentDisposition = new ContentDispositionHeaderValue("form-data") { Name = $"\"{field}\"", FileName = $"\"{fileName}\"" };
        return new MultipartFormDataContent { file };
    }

    public static Task<HttpResponseMessage> UploadAsync(this HttpClient client, byte[] bytes, string fileName) =>
        client.PostAsync("/api/files", Form(bytes, fileName));

    public static async Task<string> UploadIdAsync(this HttpClient client, byte[] bytes, string fileName)
    {
        var response = await client.UploadAsync(bytes, fileName);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return (await response.JsonAsync()).GetProperty("id").GetString()!;
    }

    public static async Task PublishFilesProcessAsync(this OaFactory factory)
    {
        var admin = await factory.ClientAsAsync("admin");
        var content = new MultipartFormDataContent();
        foreach (var name in new[] { "hostfiles.bpmn", "host_files_form.form" })
            content.Add(new StringContent(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Files", name))), "files", name);
        var response = await admin.PostAsync("/api/definitions", content);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }

    public static async Task<string> StartWithFilesAsync(this HttpClient client, params string[] fileIds)
    {
        var response = await client.PostAsJsonAsync("/api/processes/host_files/instances", new
        {
            variables = new { subject = "合同附件", files = fileIds.Select(id => new { id, name = "x.pdf", size = 1 }).ToArray() },
        });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return (await response.JsonAsync()).GetProperty("id").GetString()!;
    }

    public static JsonElement Errors(this JsonElement problem) => problem.GetProperty("errors");
}
