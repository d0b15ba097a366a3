using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Oa.Host.Features.Setup;
using Oa.Host.Tests.Designer;
using Oa.Host.Tests.Infrastructure;

namespace Oa.Host.Tests.Scenarios;

/// <summary>Print templates: imported with the definitions, versioned by content, used by the print view, edited by process admins.</summary>
[Collection(ScenarioCollection.Name)]
public sealed class PrintTemplateScenarioTests(ScenarioFactory factory)
{
    private async Task<bool> ImportAsync(string dir)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().ImportDefinitionsAsync(dir, CancellationToken.None);
    }

    private static void Copy(string from, string to)
    {
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    [Fact]
    public async Task Reimport_UnchangedFilesPublishNothing_AChangedProcessOrTemplateBecomesTheNextVersion()
    {
        await factory.ReadyAsync();
        var shipped = Path.GetDirectoryName(Ledgers.LedgerKit.ShippedDirectory)!;
        Assert.True(await factory.DbAsync(db => db.PrintTemplates.AnyAsync(t => t.ProcessKey == "Process_Complaint")));
        var processes = await factory.DbAsync(db => db.ProcessDefinitions.CountAsync());
        var templates = await factory.DbAsync(db => db.PrintTemplates.CountAsync());

        Assert.True(await ImportAsync(shipped));
        Assert.Equal(processes, await factory.DbAsync(db => db.ProcessDefinitions.CountAsync()));
        Assert.Equal(templates, await factory.DbAsync(db => db.PrintTemplates.CountAsync()));

        // An installation's copy with one template and one process edited: exactly those two get a new version.
        var dir = Path.Combine(factory.DataDirectory, ApiClient.Unique("defs"));
        Copy(shipped, dir);
        await File.AppendAllTextAsync(Path.Combine(dir, "Print", "Process_CaLoan.scriban"), "\n<p>本单一式两份。</p>\n");
        var bpmn = Path.Combine(dir, "Processes", "license.bpmn");
        await File.WriteAllTextAsync(bpmn, (await File.ReadAllTextAsync(bpmn)).Replace("name=\"技术对接组审核签发\"", "name=\"技术对接组审核并签发\""));
        var before = await factory.DbAsync(db => db.ProcessDefinitions.Where(p => p.Key == "Process_License").MaxAsync(p => p.Version));
        Assert.True(await ImportAsync(dir));
        Assert.Equal(processes + 1, await factory.DbAsync(db => db.ProcessDefinitions.CountAsync()));
        Assert.Equal(before + 1, await factory.DbAsync(db => db.ProcessDefinitions.Where(p => p.Key == "Process_License").MaxAsync(p => p.Version)));
        var latest = await factory.DbAsync(db => db.PrintTemplates.Where(t => t.ProcessKey == "Process_CaLoan").OrderByDescending(t => t.Version).FirstAsync());
        Assert.Equal(2, latest.Version);
        Assert.Contains("一式两份", latest.Content);
        Assert.Equal(templates + 1, await factory.DbAsync(db => db.PrintTemplates.CountAsync()));
    }

    [Fact]
    public async Task PrintView_UsesTheProcessTemplate_OrTheGenericLayoutWhenThereIsNone()
    {
        await factory.ReadyAsync();
        var wangwu = await factory.ClientAsAsync("wangwu");
        var leave = (await ScenarioFactory.StartAsync(wangwu, "Process_Leave", new
        {
            leaveType = "personal", days = 1, startDate = "2026-12-14", startHalf = "am", endDate = "2026-12-14", endHalf = "pm", reason = "<script>alert(1)</script>办事",
        })).GetProperty("id").GetString()!;
        var browser = await DesignerClient.SignInAsync(factory, "wangwu");
        var html = await browser.PageAsync($"/Workbench/Print/{leave}");
        Assert.Contains("请假申请单", html);
        Assert.Contains("事假", html); // option label, not the code
        Assert.DoesNotContain("<script>alert(1)</script>", html);

        var overtime = (await ScenarioFactory.StartAsync(wangwu, "Process_Overtime", new
        {
            planStart = "2026-12-09T20:30", planEnd = "2026-12-09T22:30", planHours = 2, overtimeKind = "workday", reason = "通用格式",
        })).GetProperty("id").GetString()!;
        var generic = await browser.PageAsync($"/Workbench/Print/{overtime}");
        Assert.Contains("pr-form", generic); // the generic form table
        Assert.DoesNotContain("pr-custom", generic);
    }

    [Fact]
    public async Task Editor_PreviewsAgainstARequest_SavesANewVersion_AndIsForProcessAdminsOnly()
    {
        await factory.ReadyAsync();
        var id = (await ScenarioFactory.StartAsync(await factory.ClientAsAsync("lisi"), "Process_Overtime", new
        {
            planStart = "2026-12-10T20:30", planEnd = "2026-12-10T22:30", planHours = 2, overtimeKind = "workday", reason = ApiClient.Unique("预览用"),
        })).GetProperty("id").GetString()!;
        var page = "/Designer/PrintTemplate/Process_Overtime";
        var lisi = await DesignerClient.SignInAsync(factory, "lisi");
        Assert.NotEqual(HttpStatusCode.OK, (await lisi.GetAsync(page)).StatusCode);

        var admin = await DesignerClient.SignInAsync(factory, "admin");
        Assert.Contains("Process_Overtime", await admin.PageAsync(page));
        const string Template = "<h1>加班单 {{ instance.initiator }}</h1><p>{{ text.overtimeKind }} {{ form.planHours }} 小时 {{ upper 1200 }}</p>";
        var preview = await admin.PostAsync(page, page + "?handler=Preview", ("Template", Template), ("Instance", id));
        var previewHtml = await preview.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        Assert.Contains("加班单 李四", System.Net.WebUtility.HtmlDecode(previewHtml)); // inside the sandboxed srcdoc
        Assert.Contains("工作日", System.Net.WebUtility.HtmlDecode(previewHtml));
        Assert.Contains("壹仟贰佰元整", System.Net.WebUtility.HtmlDecode(previewHtml));

        var broken = await admin.PostAsync(page, page + "?handler=Save", ("Template", "{{ for x in }}"));
        Assert.Equal(HttpStatusCode.BadRequest, broken.StatusCode);
        Assert.False(await factory.DbAsync(db => db.PrintTemplates.AnyAsync(t => t.ProcessKey == "Process_Overtime")));

        var saved = await admin.PostAsync(page, page + "?handler=Save", ("Template", Template));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(1, await factory.DbAsync(db => db.PrintTemplates.Where(t => t.ProcessKey == "Process_Overtime").MaxAsync(t => t.Version)));
        var lisiPrint = await lisi.PageAsync($"/Workbench/Print/{id}");
        Assert.Contains("加班单 李四", lisiPrint);
        // the template is saved for every later print; take it away again so other tests see the generic layout
        await factory.DbAsync(db => db.PrintTemplates.Where(t => t.ProcessKey == "Process_Overtime").ExecuteDeleteAsync());
    }
}
