using System.Text;

namespace Oa.EndToEnd.Tests.Security;

/// <summary>
/// Script payloads in everything a request carries — the process's own name, category and step names, a department's
/// and two people's names, the form (text, textarea, a link field, table cells, an attachment's file name, a quoted
/// field in a text view), the title made from a field, comments, a cc note, return/approve/reject opinions, a
/// resubmission note, an urge, a deputy reason, a draft — then every page that shows them, in Chromium, as the people
/// who see them. Nothing may run and nothing may become markup, and each page must show the texts literally (see
/// <see cref="XssProbe"/>).
/// </summary>
[Collection(EndToEndCollection.Name)]
public sealed class XssSweepTests(EndToEnd e2e)
{
    private static string P(string label) => XssPayload.For(label);

    [Fact]
    public async Task ScriptPayloads_InRequestsPeopleAndProcesses_RenderAsText_OnEveryPage()
    {
        var n = Guid.NewGuid().ToString("N")[..6];
        var (dept, applicant, checker, key) = ("xss" + n, "xssa" + n, "xssc" + n, "Xss" + n);
        var (deptName, applicantName, checkerName) = (P("部门" + n), P("申请人" + n), P("复核人" + n));
        using var admin = await SweepApi.AdminAsync(e2e);
        await admin.PostAsync("/api/org/departments", new { id = dept, name = deptName, parentId = "gs", headUserName = "wanglei" });
        foreach (var (user, name) in new[] { (applicant, applicantName), (checker, checkerName) })
            await admin.PostAsync("/api/org/users", new { userName = user, displayName = name, password = "Demo@2026", departmentId = dept, roles = Array.Empty<string>() });
        await admin.UploadAsync("/api/definitions",
            ("files", key + ".bpmn", Encoding.UTF8.GetBytes(XssProcess.Bpmn(key, checker))), ("files", key + "_form.form", Encoding.UTF8.GetBytes(XssProcess.Form(key))));

        using var applicantApi = await SweepApi.AsAsync(e2e, applicant);
        var fileName = XssPayload.FileName("附件" + n);
        var file = await applicantApi.UploadAsync("/api/files", ("file", fileName, "报销说明\n"u8.ToArray()));
        object Values(string subject) => new
        {
            subject, reason = P("事由"), website = XssPayload.Link, items = new[] { new { item = P("明细") } },
            files = new[] { new { id = file.GetProperty("id").GetString(), name = fileName, size = file.GetProperty("size").GetInt64() } },
        };
        var (subject, openSubject) = (P("主题" + n), P("待复核" + n));
        var id = (await applicantApi.PostAsync($"/api/processes/{key}/instances", new { variables = Values(subject) })).GetProperty("id").GetString()!;
        var open = (await applicantApi.PostAsync($"/api/processes/{key}/instances", new { variables = new { subject = openSubject } })).GetProperty("id").GetString()!;
        await applicantApi.PostAsync($"/api/instances/{id}/comments", new { text = P("评论") });
        await applicantApi.PostAsync($"/api/instances/{id}/cc", new { userNames = new[] { "wujing" }, comment = P("抄送") });
        var draft = (await applicantApi.PostAsync("/api/drafts", new { processKey = key, variables = new { subject = P("草稿" + n) } })).GetProperty("id").GetString();
        await applicantApi.PostAsync($"/api/instances/{open}/urge", new { reason = P("催办") });

        using var head = await SweepApi.AsAsync(e2e, "wanglei");
        await head.ActAsync(id, "return", new { targetElementId = "initiator", comment = P("退回") });
        await applicantApi.ActAsync(id, "resubmit", new { comment = P("重新提交"), variables = Values(subject) });
        await head.ActAsync(id, "approve", new { comment = P("同意") });
        await head.ActAsync(open, "approve", new { comment = "同意" });
        using var checkerApi = await SweepApi.AsAsync(e2e, checker);
        await checkerApi.ActAsync(id, "reject", new { comment = P("驳回") });
        // Last: from now on the applicant's own tasks (a returned request) would go to the deputy.
        await applicantApi.PostAsync("/api/deputies", new { deputy = "lisi", endsAt = DateTimeOffset.UtcNow.AddDays(5), reason = P("代理" + n) });

        var failures = new List<string>();
        string[] opinions = [P("评论"), P("抄送"), P("退回"), P("重新提交"), P("同意"), P("驳回")];
        string[] form = [subject, P("事由"), XssPayload.Link, P("明细"), fileName, "主题引用：" + subject];
        await using (var a = await XssProbe.SignInAsync(e2e, applicant, "applicant", failures))
        {
            await a.VisitAsync("/Workbench/Start", XssProcess.Name(key), XssProcess.Category(key));
            await a.VisitAsync("/Workbench/Inbox?box=mine", subject, openSubject);
            await a.VisitAsync("/Workbench/Inbox?box=drafts", XssProcess.Name(key));
            await a.VisitAsync($"/Workbench/Apply/{key}?draft={draft}", P("草稿" + n), "主题引用：" + P("草稿" + n));
            await a.VisitAsync($"/Workbench/Instance/{id}", [subject, applicantName, deptName, checkerName, XssProcess.HeadStep, XssProcess.CheckStep, .. form, .. opinions]);
            await a.Page.ClickAsync(".wb-diagram .djs-element[data-element-id='Task_Check']");
            await a.Page.Locator("[data-node-tasks='Task_Check']").WaitForAsync();
            await a.CheckAsync($"/Workbench/Instance/{id}#Task_Check", checkerName, P("驳回"));
            await a.VisitAsync("/Notifications", subject);
            await a.VisitAsync("/Deputies", P("代理" + n));
        }
        await using (var h = await XssProbe.SignInAsync(e2e, "wanglei", "head", failures))
        {
            await h.VisitAsync("/Workbench/Inbox?box=done", subject, openSubject, XssProcess.HeadStep);
            await h.VisitAsync($"/Workbench/Instance/{id}", [subject, applicantName, .. form, .. opinions]);
            await h.VisitAsync($"/Workbench/Print/{id}", [subject, XssProcess.Name(key), applicantName, deptName, checkerName, XssProcess.HeadStep, P("事由"), P("明细"), fileName, P("同意"), P("驳回")]);
        }
        await using (var c = await XssProbe.SignInAsync(e2e, checker, "checker", failures))
        {
            await c.VisitAsync("/Workbench/Inbox?box=todo", openSubject, XssProcess.CheckStep, applicantName);
            await c.VisitAsync("/Workbench/Inbox?box=done", subject);
            await c.VisitAsync($"/Workbench/Instance/{open}", openSubject, applicantName);
            await c.VisitAsync("/", openSubject);
            await c.VisitAsync("/Notifications", openSubject); // the urge's reason is not in the notification list, only its title
        }
        await using (var cc = await XssProbe.SignInAsync(e2e, "wujing", "cc", failures))
        {
            await cc.VisitAsync("/Workbench/Inbox?box=cc", subject);
            await cc.VisitAsync($"/Workbench/Instance/{id}", subject, P("抄送"), P("驳回"));
            await cc.VisitAsync("/Notifications", subject);
        }
        await using (var d = await XssProbe.SignInAsync(e2e, "lisi", "deputy", failures))
            await d.VisitAsync("/Deputies", P("代理" + n));
        await using (var ad = await XssProbe.SignInAsync(e2e, "admin", "admin", failures, HostProcess.AdminPassword))
        {
            await ad.VisitAsync("/Admin/Instances", subject, openSubject);
            await ad.VisitAsync($"/Admin/Instances/{id}", subject, XssProcess.HeadStep, XssProcess.CheckStep);
            await ad.VisitAsync("/Designer", XssProcess.Name(key));
            await ad.VisitAsync("/Reports", XssProcess.Name(key));
            await ad.VisitAsync($"/Reports/Process/{key}", XssProcess.Name(key), XssProcess.HeadStep, XssProcess.CheckStep, checkerName);
            await HoverChartAsync(ad, "nodes", XssProcess.HeadStep);
            await HoverChartAsync(ad, "approvers", checkerName);
            await ad.VisitAsync($"/Designer/Process/{key}", XssProcess.HeadStep, XssProcess.CheckStep);
            await ad.VisitAsync($"/Designer/Process/{key}/v/1", XssProcess.HeadStep);
            await ad.VisitAsync("/Designer/Audit", key);
            await ad.VisitAsync($"/Designer/PrintTemplate/{key}?instance={id}", subject);
            await ad.Page.FillAsync("textarea[name=Template]", PrintTemplate);
            await ad.Page.ClickAsync("button[formaction*=Save], button:has-text('保存新版本')");
            await ad.SettleAsync();
            await ad.CheckAsync("/Designer/PrintTemplate (saved)");
        }
        await using (var a = await XssProbe.SignInAsync(e2e, applicant, "applicant-custom-print", failures))
            await a.VisitAsync($"/Workbench/Print/{id}", [subject, applicantName, deptName, P("事由"), P("明细"), fileName, .. opinions[2..]]);

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    /// <summary>
    /// Hovers each bar of a report chart until ECharts' tooltip (HTML it builds from the series and category names)
    /// shows <paramref name="text"/>; the probe then checks the page with the tooltip open.
    /// </summary>
    private static async Task HoverChartAsync(XssProbe probe, string kind, string text)
    {
        var chart = probe.Page.Locator($"[data-report-chart={kind}]");
        await chart.ScrollIntoViewIfNeededAsync();
        var box = await chart.BoundingBoxAsync() ?? throw new InvalidOperationException($"chart {kind} not drawn");
        const string TooltipText = "([kind, text]) => [...document.querySelectorAll(`[data-report-chart=${kind}] div`)].some(d => d.style.position === 'absolute' && d.innerText.includes(text))";
        // The charts draw one horizontal bar per name, so the sweep goes over rows and along each row.
        var shown = false;
        for (var y = 0.1f; y < 0.95f && !shown; y += 0.1f)
            for (var x = 0.15f; x < 0.95f && !shown; x += 0.1f)
            {
                await probe.Page.Mouse.MoveAsync(box.X + box.Width * x, box.Y + box.Height * y);
                await probe.Page.WaitForTimeoutAsync(150);
                shown = await probe.Page.EvaluateAsync<bool>(TooltipText, new[] { kind, text });
            }
        Assert.True(shown, $"the {kind} chart's tooltip never showed {text}");
        await probe.CheckAsync($"/Reports/Process ({kind} tooltip)");
    }

    // A print template that emits every user text the model has, unfiltered: the model encodes them (PrintTemplateModel).
    private const string PrintTemplate = """
        <h1>{{ instance.title }}</h1>
        <p>{{ instance.initiator }} · {{ instance.department }} · {{ instance.process }}</p>
        <p>{{ text.reason }} {{ form.reason }} {{ text.files }}</p>
        {{ for r in text.items }}<p>{{ r.item }}</p>{{ end }}
        {{ for a in approvals }}<p>{{ a.node }} {{ a.who }} {{ a.comment }}</p>{{ end }}
        """;
}
