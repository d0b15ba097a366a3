namespace Oa.EndToEnd.Tests.Security;

/// <summary>
/// Script payloads in a register (台账) and in what its public pages show without a login: the register's name and
/// description (an admin's text), a record's fields as staff typed them (text, textarea, a link field, the status a
/// customer tracks), the customer's own evaluation comment; then the register pages as staff, /Track (投诉进度查询)
/// and /Evaluate (客户评价) as an anonymous customer — including payloads typed straight into their inputs.
/// </summary>
[Collection(EndToEndCollection.Name)]
public sealed class XssLedgerSweepTests(EndToEnd e2e)
{
    private static string P(string label) => XssPayload.For(label);

    [Fact]
    public async Task ScriptPayloads_InARegisterAndItsPublicPages_RenderAsText()
    {
        var n = Guid.NewGuid().ToString("N")[..6];
        var key = "xss-" + n;
        var (name, customer, status, note, comment) = (P("台账" + n), P("客户" + n), P("状态" + n), P("说明" + n), P("客户评价" + n));
        using var admin = await SweepApi.AdminAsync(e2e);
        await admin.PostAsync("/api/ledgers/definitions", Definition(key, name));

        using var staff = await SweepApi.AsAsync(e2e, "wangfang");
        var record = await staff.PostAsync($"/api/ledgers/{key}/records", new
        {
            fields = new { customer, phone = "13800138000", status, website = XssPayload.Link, description = note },
        });
        var id = record.GetProperty("id").GetInt64();
        var number = record.GetProperty("fields").GetProperty("trackNo").GetString()!;
        var link = (await staff.PostAsync($"/api/ledgers/{key}/records/{id}/evaluation-link", new { })).GetProperty("url").GetString()!;

        var failures = new List<string>();
        await using (var s = await XssProbe.SignInAsync(e2e, "wangfang", "ledger-staff", failures))
        {
            await s.VisitAsync("/Ledgers", name);
            await s.VisitAsync($"/Ledgers/{key}", name, customer, status, XssPayload.Link);
            await s.VisitAsync($"/Ledgers/{key}/Record/{id}", customer, status, XssPayload.Link, note);
            await s.VisitAsync($"/Ledgers/{key}/Edit/{id}", customer, status, note);
        }
        await using (var c = await XssProbe.AnonymousAsync(e2e, "customer", failures))
        {
            await c.VisitAsync("/Track");
            await c.Page.FillAsync("input[name=number]", number);
            await c.Page.FillAsync("input[name=phone]", "138-0013-8000");
            await c.Page.ClickAsync("form.lg-filters button[type=submit]");
            await c.SettleAsync();
            await c.CheckAsync("/Track (found)", number, status);

            // What a visitor types is never echoed as markup either (the form's own limits stepped around).
            await c.Page.EvaluateAsync("() => document.querySelectorAll('form.lg-filters input').forEach(i => { i.removeAttribute('pattern'); i.removeAttribute('maxlength'); i.type = 'text'; })");
            await c.Page.FillAsync("input[name=number]", P("编号"));
            await c.Page.FillAsync("input[name=phone]", P("电话"));
            await c.Page.ClickAsync("form.lg-filters button[type=submit]");
            await c.SettleAsync();
            await c.CheckAsync("/Track (typed payloads)", "未找到匹配的记录");

            await c.VisitAsync(new Uri(link).PathAndQuery, customer, status, note);
            await c.Page.CheckAsync("input[name=evaluation][value=good]");
            await c.Page.FillAsync("textarea[name=evaluationComment]", comment);
            await c.Page.ClickAsync("form.lg-evaluate-form button[type=submit]");
            await c.SettleAsync();
            await c.CheckAsync("/Evaluate (thanks)", "感谢您的评价", customer);
            await c.VisitAsync("/Evaluate?t=" + Uri.EscapeDataString(P("令牌")), 404, "评价链接无效");
        }
        await using (var s = await XssProbe.SignInAsync(e2e, "wangfang", "ledger-staff-after", failures))
        {
            await s.VisitAsync($"/Ledgers/{key}/Record/{id}", customer, comment);
            await s.VisitAsync($"/Ledgers/{key}", customer);
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    // A register like 投诉登记/服务记录 in one: a tracking number and phone for /Track, customer fields for /Evaluate.
    private static object Definition(string key, string name) => new
    {
        key, name, description = P("台账说明"),
        titleFields = new[] { "customer" }, keywordFields = new[] { "customer" },
        columns = new[] { "trackNo", "customer", "status", "website", "evaluation", "owner" }, filters = new[] { "evaluation" },
        trackingField = "trackNo", phoneField = "phone", statusField = "status",
        lockField = "evaluation", customerFields = new[] { "evaluation", "evaluationComment" },
        access = new[] { new { role = "*", scope = "all" } },
        form = new
        {
            type = "default", id = "oa-ledger-" + key, schemaVersion = 16,
            components = new object[]
            {
                new { type = "textfield", id = "Field_trackNo", key = "trackNo", label = "编号", @readonly = true },
                new { type = "textfield", id = "Field_customer", key = "customer", label = "客户", validate = new { required = true } },
                new { type = "textfield", id = "Field_phone", key = "phone", label = "联系电话" },
                new { type = "textfield", id = "Field_status", key = "status", label = "处理状态" },
                new { type = "textfield", id = "Field_website", key = "website", label = "网址" },
                new { type = "textarea", id = "Field_description", key = "description", label = "服务内容" },
                new
                {
                    type = "radio", id = "Field_evaluation", key = "evaluation", label = "评价",
                    values = new[] { new { label = "满意", value = "good" }, new { label = "不满意", value = "bad" } },
                },
                new { type = "textarea", id = "Field_evaluationComment", key = "evaluationComment", label = "评价意见" },
            },
        },
    };
}
