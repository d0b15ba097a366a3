using System.Net;
using System.Net.Http.Json;
using Oa.Host.Tests.Infrastructure;
using Oa.Host.Tests.Tasks;

namespace Oa.Host.Tests.Designer;

/// <summary>The API behind the designer's 流程设置 group: title preview and the choices it offers.</summary>
public sealed class ProcessSettingsApiTests(OaFactory factory) : IClassFixture<OaFactory>
{
    [Fact]
    public async Task TitlePreview_RendersTheTemplateWithSampleFieldsAndTheCallerAsApplicant()
    {
        var admin = await factory.ClientAsAsync("admin");
        var response = await admin.PostAsJsonAsync("/api/designer/title-preview",
            new { template = "{{process.name}}-{{days}}天-{{form.reason}}-{{initiator.userName}}", processName = "请假", variables = new { days = 3, reason = "探亲" } });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("请假-3天-探亲-admin", (await response.JsonAsync()).GetProperty("title").GetString());
    }

    [Theory]
    [InlineData("{{ initiator.displayName + }}的申请")]
    [InlineData("{{ if days }}没有结束")]
    public async Task TitlePreview_BrokenTemplate_Is400WithTheReason(string template)
    {
        var admin = await factory.ClientAsAsync("admin");
        var response = await admin.PostAsJsonAsync("/api/designer/title-preview", new { template, processName = "请假" });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var reason = (await response.JsonAsync()).GetProperty("errors").GetProperty("template")[0].GetString()!;
        Assert.StartsWith("标题模板有误", reason);
        Assert.Contains("(1,", reason); // Scriban's position of the problem
    }

    [Fact]
    public async Task TitlePreview_EmptyOrTooLong_Is400()
    {
        var admin = await factory.ClientAsAsync("admin");
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.PostAsJsonAsync("/api/designer/title-preview", new { template = " " })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.PostAsJsonAsync("/api/designer/title-preview", new { template = new string('x', 501) })).StatusCode);
    }

    [Fact]
    public async Task TitlePreviewAndOptions_AreForProcessAdminsOnly()
    {
        var employee = await factory.ClientAsAsync("zhangsan");
        Assert.Equal(HttpStatusCode.Forbidden, (await employee.PostAsJsonAsync("/api/designer/title-preview", new { template = "x" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await employee.GetAsync("/api/designer/process-settings/options")).StatusCode);
    }

    [Fact]
    public async Task Options_ListTheCategoriesInUseIconsAndDefaultNotificationTexts()
    {
        var category = ApiClient.Unique("分类");
        await ProcessSettingsFixture.PublishAsync(factory, $"""<oa:process category="{category}" />""");
        var options = await (await (await factory.ClientAsAsync("admin")).GetAsync("/api/designer/process-settings/options")).JsonAsync();
        Assert.Contains(category, options.GetProperty("categories").EnumerateArray().Select(c => c.GetString()));
        Assert.Contains("leave", options.GetProperty("icons").EnumerateArray().Select(c => c.GetString()));
        var assigned = options.GetProperty("notifications").EnumerateArray().Single(n => n.GetProperty("event").GetString() == "taskAssigned");
        Assert.Equal("待审批：{{ instance.title }}", assigned.GetProperty("subject").GetString());
    }

    [Fact]
    public async Task Options_CarryTheCataloguesDrawingOfEveryIcon_SoThePickerShowsTheSameGlyph()
    {
        var options = await (await (await factory.ClientAsAsync("admin")).GetAsync("/api/designer/process-settings/options")).JsonAsync();
        var glyphs = options.GetProperty("glyphs");
        foreach (var icon in options.GetProperty("icons").EnumerateArray().Select(i => i.GetString()!))
            Assert.Equal(Oa.Host.Features.Workbench.ProcessIcons.Svg(icon).ToString(), glyphs.GetProperty(icon).GetString());
    }
}

/// <summary>Publishing checks the Scriban texts of 流程设置, which at run time would silently fall back to the default.</summary>
public sealed class ProcessSettingsPublishTests(OaFactory factory) : IClassFixture<OaFactory>
{
    [Theory]
    [InlineData("""<oa:process titleTemplate="{{ initiator.displayName + }}的请假" />""", "titleTemplate 语法错误")]
    [InlineData("""<oa:process><oa:notification event="approved" body="{{ if comment }}没有结束" /></oa:process>""", "oa:notification event=\"approved\": body 语法错误")]
    [InlineData("""<oa:process icon="rocket" />""", "icon=\"rocket\"")]
    public async Task BrokenSetting_IsAPublishProblemOnTheProcess(string processElement, string expected)
    {
        var key = ApiClient.Unique("pbad");
        var admin = await factory.ClientAsAsync("admin");
        var upload = new MultipartFormDataContent
        {
            { new StringContent(ReturnFixture.Bpmn(key, "rerun").Replace("<oa:process returnBehaviour=\"rerun\" />", processElement)), "files", $"{key}.bpmn" },
            { new StringContent(Fixtures.Read("host_leave_form.form")), "files", "host_leave_form.form" },
        };
        var response = await admin.PostAsync("/api/definitions", upload);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problems = (await response.JsonAsync()).GetProperty("problems").EnumerateArray().ToList();
        Assert.Contains(problems, p => p.GetProperty("elementId").GetString() == key && p.GetProperty("message").GetString()!.Contains(expected));
    }
}

/// <summary>The withdraw/return fixture process (zhangsan → head wanglei → HR) with our own <c>oa:process</c> element.</summary>
public static class ProcessSettingsFixture
{
    public static async Task<string> PublishAsync(OaFactory factory, string processElement)
    {
        var key = ApiClient.Unique("pset");
        var bpmn = ReturnFixture.Bpmn(key, "rerun");
        Assert.Contains("<oa:process returnBehaviour=\"rerun\" />", bpmn);
        var admin = await factory.ClientAsAsync("admin");
        var upload = new MultipartFormDataContent
        {
            { new StringContent(bpmn.Replace("<oa:process returnBehaviour=\"rerun\" />", processElement)), "files", $"{key}.bpmn" },
            { new StringContent(Fixtures.Read("host_leave_form.form")), "files", "host_leave_form.form" },
        };
        var response = await admin.PostAsync("/api/definitions", upload);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return key;
    }
}
