using System.Text.RegularExpressions;
using Oa.Host.Features.Workbench;
using Oa.Host.Tests.Infrastructure;
using Oa.Host.Tests.Tasks;
using Oa.Workflows.Approvals;

namespace Oa.Host.Tests.Workbench;

/// <summary>发起审批 draws each process with the icon chosen in 流程设置, and the name's first character when none was chosen.</summary>
public sealed class StartCatalogueIconTests(OaFactory factory) : IClassFixture<OaFactory>
{
    private async Task<string> PublishAsync(string? icon)
    {
        var key = ApiClient.Unique("wbicon");
        var bpmn = ReturnFixture.Bpmn(key, "rerun").Replace("""<oa:process returnBehaviour="rerun" />""",
            icon is null ? """<oa:process returnBehaviour="rerun" />""" : $"""<oa:process returnBehaviour="rerun" icon="{icon}" />""");
        var upload = new MultipartFormDataContent
        {
            { new StringContent(bpmn), "files", $"{key}.bpmn" },
            { new StringContent(Fixtures.Read("host_leave_form.form")), "files", "host_leave_form.form" },
        };
        var response = await (await factory.ClientAsAsync("admin")).PostAsync("/api/definitions", upload);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return key;
    }

    private static string TileOf(string html, string key) =>
        Regex.Match(html, $"<a class=\"wb-process\" href=\"/Workbench/Apply/{key}\">(.*?)</a>", RegexOptions.Singleline).Groups[1].Value;

    [Fact]
    public async Task Catalogue_ProcessWithIcon_ShowsItsGlyph_WithoutIcon_ShowsFirstCharacter()
    {
        var travel = await PublishAsync("travel");
        var plain = await PublishAsync(null);
        var zhangsan = await WorkbenchBrowser.SignInAsync(factory, "zhangsan");
        var html = await zhangsan.PageAsync("/Workbench/Start");

        var withIcon = TileOf(html, travel);
        Assert.Contains("class=\"wb-icon wb-icon-travel\"", withIcon);
        Assert.Contains("<svg viewBox=\"0 0 24 24\"", withIcon);
        var without = TileOf(html, plain);
        Assert.Contains("<span class=\"wb-icon\" aria-hidden=\"true\">退</span>", without);
        Assert.DoesNotContain("<svg", without);
    }

    [Fact]
    public void EveryIconTheDesignerOffers_HasADrawing()
    {
        Assert.Empty(ProcessIcons.Undrawn);
        Assert.Equal(ProcessSettingsParser.Icons.Order(), ProcessIcons.Names.Order());
    }
}
