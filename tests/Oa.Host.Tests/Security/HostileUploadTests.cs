using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Oa.Host.Tests.Infrastructure;

namespace Oa.Host.Tests.Security;

/// <summary>
/// The upload routes besides /api/files (which Files/FilesApiTests covers): definitions, the org sheet, a register's
/// import, punches and the holiday calendar. A file of the wrong type, a file whose bytes are not what its name
/// says, one over the size limit, and a body that is not multipart are each refused with 400 (or 415 for the media
/// type) naming the problem — never a 500, never anything written.
/// </summary>
public sealed class HostileUploadTests(OaFactory factory) : IClassFixture<OaFactory>
{
    public static readonly TheoryData<string, string, string> Routes = new()
    {
        { "admin", "/api/definitions", "files" },
        { "admin", "/api/org/import", "file" },
        { "heli", "/api/ledgers/{ledger}/import?mode=preview", "file" },
        { "wujing", "/api/attendance/punches/preview", "file" },
        { "wujing", "/api/attendance/calendar/preview", "file" },
    };

    private static readonly byte[] Executable = [(byte)'M', (byte)'Z', 0x90, 0, 3, 0, 0, 0, 4, 0];

    [Theory, MemberData(nameof(Routes))]
    public async Task Upload_OfAnExecutable_IsRefused(string user, string route, string field)
    {
        var response = await PostAsync(user, route, Multipart(field, Executable, "payload.exe"));
        await AssertRefusedAsync(response, route);
    }

    [Theory, MemberData(nameof(Routes))]
    public async Task Upload_WhoseBytesAreNotWhatItsNameSays_IsRefusedWithout500(string user, string route, string field)
    {
        // An executable called by the name the route takes: the parser meets bytes it cannot read.
        var name = route.Contains("definitions") ? "renamed.bpmn" : "renamed.xlsx";
        var response = await PostAsync(user, route, Multipart(field, Executable, name));
        await AssertRefusedAsync(response, route);
    }

    [Theory, MemberData(nameof(Routes))]
    public async Task Upload_OverTheSizeLimit_IsRefused(string user, string route, string field)
    {
        var name = route.Contains("definitions") ? "huge.bpmn" : "huge.xlsx";
        var huge = new byte[10 * 1024 * 1024 + 1]; // the largest limit among these routes is 10 MB
        var response = await PostAsync(user, route, Multipart(field, huge, name));
        await AssertRefusedAsync(response, route);
    }

    [Theory, MemberData(nameof(Routes))]
    public async Task Upload_AsJsonInsteadOfMultipart_IsRefused(string user, string route, string field)
    {
        var response = await PostAsync(user, route, JsonContent.Create(new Dictionary<string, string> { [field] = "<x/>" }));
        await AssertRefusedAsync(response, route, allowUnsupportedMediaType: true);
    }

    [Fact]
    public async Task DefinitionUpload_WithAPathInItsName_PublishesUnderTheBareName_NotAPath()
    {
        var key = ApiClient.Unique("hostile_");
        var bpmn = Fixtures.Read("hostleave.bpmn").Replace("\"host_leave\"", $"\"{key}\"");
        var upload = new MultipartFormDataContent
        {
            { new StringContent(bpmn), "files", "../../../../etc/evil.bpmn" },
            { new StringContent(Fixtures.Read("host_leave_form.form")), "files", "host_leave_form.form" },
        };
        var response = await PostAsync("admin", "/api/definitions", upload);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<Oa.Host.Data.OaDbContext>();
        var source = db.ProcessDefinitions.Where(p => p.Key == key).Select(p => p.SourceName).Single();
        Assert.Equal("evil.bpmn", source);
    }

    private async Task<HttpResponseMessage> PostAsync(string user, string route, HttpContent content)
    {
        if (route.Contains("{ledger}")) route = route.Replace("{ledger}", await Ledgers.LedgerKit.NewSalesLedgerAsync(factory));
        return await (await factory.ClientAsAsync(user)).PostAsync(route, content);
    }

    private static MultipartFormDataContent Multipart(string field, byte[] bytes, string name) =>
        new() { { new ByteArrayContent(bytes), field, name } };

    private static async Task AssertRefusedAsync(HttpResponseMessage response, string route, bool allowUnsupportedMediaType = false)
    {
        var body = await response.Content.ReadAsStringAsync();
        var status = (int)response.StatusCode;
        Assert.True(status == 400 || (allowUnsupportedMediaType && status == 415), $"{route}: {status} {body}");
        // A 400 says what is wrong: field errors, or the definition problems.
        if (status == 400) Assert.True(body.Contains("\"errors\"") || body.Contains("\"problems\""), $"{route}: 400 without a reason: {body}");
    }
}
