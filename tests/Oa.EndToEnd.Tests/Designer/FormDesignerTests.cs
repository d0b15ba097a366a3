using Microsoft.Playwright;

namespace Oa.EndToEnd.Tests.Designer;

/// <summary>
/// The form designer as an admin uses it: OA components dragged from the "OA 组件" palette, a hide-if condition whose
/// FEEL error is flagged by the server check and then fixed, the 预览 tab reacting to 测试数据, and 发布.
/// </summary>
[Collection(EndToEndCollection.Name)]
public sealed class FormDesignerTests(EndToEnd e2e)
{
    [Fact]
    public async Task Admin_DragsMoneyAndUserPicker_FixesFlaggedHideIf_PreviewReactsToTestData_Publishes()
    {
        var formId = "e2e_form_" + Guid.NewGuid().ToString("N")[..8];
        var page = await e2e.Browser.NewPageAsync(e2e.Host.BaseUrl);
        await Pages.SignInAsync(page, "admin", HostProcess.AdminPassword);
        await page.GotoAsync($"/Designer/Form/{formId}");
        await page.WaitForFunctionAsync("() => window.oaFormEditor");
        var palette = page.Locator(".fjs-palette");
        Assert.Contains("OA 组件", await palette.InnerTextAsync());

        await DragFromPaletteAsync(page, "oa-money");
        await page.Locator(".fjs-editor-container .fjs-form-field-oa-money").WaitForAsync();
        await OpenGroupAsync(page, "常规");
        await page.FillAsync("#bio-properties-panel-key", "amount");
        await page.Keyboard.PressAsync("Tab");

        await DragFromPaletteAsync(page, "oa-user");
        await page.Locator(".fjs-editor-container .fjs-form-field-oa-user").WaitForAsync();

        // 隐藏条件 on the user picker, typed with a mistake: the server check flags it above the editor and next to the entry.
        await OpenGroupAsync(page, "条件");
        await page.ClickAsync("[data-entry-id=conditional-hide] .cm-content");
        await page.Keyboard.TypeAsync("amount <");
        var problems = page.Locator("[data-testid=feel-problems]");
        await problems.WaitForAsync();
        Assert.Contains("conditional.hide", await problems.InnerTextAsync());
        Assert.Contains("FEEL 有误", await page.Locator("[data-entry-id=conditional-hide]").InnerTextAsync());
        await Browser.ScreenshotAsync(page, "form-designer-feel-error");

        await page.Keyboard.TypeAsync(" 10000");
        await problems.WaitForAsync(new() { State = WaitForSelectorState.Hidden });
        Assert.Equal("=amount < 10000", await page.EvaluateAsync<string>(
            "() => window.oaFormEditor.saveSchema().components.find(c => c.type === 'oa-user').conditional.hide"));

        // 预览: the same viewer as the apply page, with the hide-if evaluated against the test data.
        await page.ClickAsync(".oa-fe-tab:has-text('预览')");
        var preview = page.Locator("[data-testid=form-preview]");
        await page.FillAsync("[data-testid=test-data]", """{"amount": 500}""");
        await preview.Locator(".fjs-form-field-oa-user").WaitForAsync(new() { State = WaitForSelectorState.Detached });
        await page.FillAsync("[data-testid=test-data]", """{"amount": 20000}""");
        await preview.Locator(".fjs-form-field-oa-user").WaitForAsync();
        Assert.Contains("贰万元整", await preview.Locator(".oa-money-capital").InnerTextAsync());
        await Browser.ScreenshotAsync(page, "form-designer-preview");

        await page.ClickAsync("button[type=submit].primary");
        await page.WaitForURLAsync(url => url.Contains("published=1"));
        Assert.Contains("已发布 v1", await page.Locator(".notice").InnerTextAsync());
    }

    [Fact]
    public async Task FormEditor_SpeaksChinese_PaletteAndPropertiesPanel_WhileFieldLabelsStayAsTyped()
    {
        var page = await e2e.Browser.NewPageAsync(e2e.Host.BaseUrl);
        await Pages.SignInAsync(page, "admin", HostProcess.AdminPassword);
        await page.GotoAsync($"/Designer/Form/e2e_zh_{Guid.NewGuid():N}");
        await page.WaitForFunctionAsync("() => window.oaFormEditor");
        await DragFromPaletteAsync(page, "textfield");
        await page.Locator(".fjs-editor-container .fjs-form-field-textfield").WaitForAsync();
        // A repeating group with one column, added through the editor's own modeling (a second drag is pixel-fragile).
        await page.EvaluateAsync("""
            () => {
              const e = window.oaFormEditor, root = e.get('formFieldRegistry').getAll().find(f => f.type === 'default');
              const list = e.get('modeling').addFormField({ type: 'dynamiclist', path: 'items', isRepeating: true, allowAddRemove: true, defaultRepetitions: 1 }, root, 1);
              e.get('modeling').addFormField({ type: 'textfield', key: 'item' }, list, 0);
            }
            """);
        await page.Locator(".fjs-editor-container .fjs-form-field-dynamiclist").WaitForAsync();
        await page.Locator(".fjs-editor-container .fjs-form-field-textfield").First.ClickAsync();
        await OpenGroupAsync(page, "常规");
        await Browser.ScreenshotAsync(page, "form-designer-language");
        var palette = await page.Locator(".fjs-palette").InnerTextAsync();
        var panel = await page.Locator(".fjs-properties-container").InnerTextAsync();

        foreach (var zh in new[] { "组件", "输入", "文本框", "多行文本", "数字", "下拉选择", "动态列表" })
            Assert.Contains(zh, palette);
        Assert.Equal("搜索组件", await page.Locator(".fjs-palette-search").GetAttributeAsync("placeholder"));
        foreach (var zh in new[] { "常规", "字段标签", "字段描述", "字段标识（key）", "条件", "校验", "外观", "文本框" })
            Assert.Contains(zh, panel);
        foreach (var en in new[] { "General", "Field label", "Text field", "Validation" })
            Assert.DoesNotContain(en, palette + panel);
        // A dropped field gets a Chinese default label — the admin's text, afterwards never rewritten.
        Assert.Equal("文本框", await page.EvaluateAsync<string>("() => window.oaFormEditor.saveSchema().components.find(c => c.type === 'textfield').label"));

        // The preview's repeating group offers 添加 instead of "Add new".
        await page.ClickAsync(".oa-fe-tab:has-text('预览')");
        var add = page.Locator("[data-testid=form-preview] .fjs-repeat-render-add");
        await add.WaitForAsync();
        Assert.Contains("添加", await add.InnerTextAsync());
        await Browser.ScreenshotAsync(page, "form-designer-language-preview");
    }

    [Fact]
    public async Task FormEditor_InEnglish_KeepsFormJsEnglish_AndTranslatesTheOaPalette()
    {
        var page = await e2e.Browser.NewPageAsync(e2e.Host.BaseUrl);
        await Pages.SignInAsync(page, "admin", HostProcess.AdminPassword);
        await page.ClickAsync("text=EN");
        await page.WaitForSelectorAsync("html[lang^=en]");
        await page.GotoAsync($"/Designer/Form/e2e_en_{Guid.NewGuid():N}");
        await page.WaitForFunctionAsync("() => window.oaFormEditor");
        var palette = await page.Locator(".fjs-palette").InnerTextAsync();
        foreach (var en in new[] { "OA components", "Money", "Related record", "Input", "Text field", "Dynamic list" })
            Assert.Contains(en, palette);
        Assert.DoesNotContain("文本框", palette);
        await Browser.ScreenshotAsync(page, "form-designer-english");
    }

    // form-js drags with dragula (mouse events), so the pointer is moved in steps as a hand would.
    private static async Task DragFromPaletteAsync(IPage page, string type)
    {
        var source = (await page.Locator($".fjs-palette-field[data-field-type=\"{type}\"]").BoundingBoxAsync())!;
        var target = (await page.Locator(".fjs-editor-container .fjs-drop-container-vertical").First.BoundingBoxAsync())!;
        await page.Mouse.MoveAsync(source.X + source.Width / 2, source.Y + source.Height / 2);
        await page.Mouse.DownAsync();
        await page.Mouse.MoveAsync(source.X + source.Width / 2 + 10, source.Y + source.Height / 2 + 10, new() { Steps = 3 });
        await page.Mouse.MoveAsync(target.X + target.Width / 2, target.Y + target.Height - 10, new() { Steps = 10 });
        await page.Mouse.UpAsync();
    }

    private static async Task OpenGroupAsync(IPage page, string name)
    {
        var header = page.Locator(".bio-properties-panel-group-header", new() { HasText = name }).First;
        if (!((await header.GetAttributeAsync("class")) ?? "").Contains("open")) await header.ClickAsync();
    }
}
