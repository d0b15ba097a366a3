using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Oa.EndToEnd.Tests.Scenarios;

/// <summary>
/// 销售合同评审 in Chromium on the shipped definitions: 王芳 (销售) opens her saved 评审表, sees the amount read out in 大写
/// and submits it; 法务 郑浩, 销售总监 李超 and 财务 钱华 approve it in turn from their pages; the contract then shows in the
/// contract ledger with its receivable plan. Screenshots of each step are kept for review.
/// </summary>
[Collection(EndToEndCollection.Name)]
public sealed partial class SalesContractInBrowserTests(EndToEnd e2e)
{
    [Fact]
    public async Task SalesContract_SubmittedWithTheAmountInCapitals_ApprovedByLegalDirectorFinance_AppearsInTheContractLedger()
    {
        var contractNo = "E2E-" + Guid.NewGuid().ToString("N")[..8];
        var draftId = await SaveDraftAsync("wangfang", contractNo);

        var sales = await e2e.Browser.NewPageAsync(e2e.Host.BaseUrl);
        await Pages.SignInAsync(sales, "wangfang");
        await sales.GotoAsync("/Workbench/Inbox?box=drafts");
        await sales.ClickAsync($"a[href*='draft={draftId}']");
        await sales.WaitForSelectorAsync(".fjs-container");
        var capitals = await sales.Locator(".oa-money-capital").AllInnerTextsAsync();
        Assert.Contains(capitals, c => c.Contains("壹拾贰万捌仟元整")); // 合同金额 128 000 read out as on the paper form
        await Browser.ScreenshotAsync(sales, "sales-contract-apply");
        await sales.ClickAsync(".wb-submitbar button.primary");
        try { await sales.WaitForURLAsync(new Regex("/Workbench/Instance/[0-9a-f]+\\?done=start")); }
        catch (TimeoutException)
        {
            await Browser.ScreenshotAsync(sales, "sales-contract-submit-refused");
            throw new TimeoutException("submitting stayed on the form; it says: " + string.Join(" | ", await sales.Locator(".fjs-form-field-error, .notice, .wb-errors").AllInnerTextsAsync()));
        }
        var id = InstanceId().Match(sales.Url).Groups[1].Value;

        // 模板合同: straight to legal, then the sales director, then finance — each from their own page
        foreach (var (user, shot) in new[] { ("zhenghao", "legal"), ("lichao", "director"), ("qianhua", "finance") })
        {
            var page = await e2e.Browser.NewPageAsync(e2e.Host.BaseUrl);
            await Pages.SignInAsync(page, user);
            await page.GotoAsync("/Workbench/Inbox?box=todo");
            await page.ClickAsync($"a[href^='/Workbench/Instance/{id}']");
            await page.WaitForSelectorAsync(".fjs-container");
            await page.FillAsync("textarea[name=comment]", "同意");
            await Browser.ScreenshotAsync(page, $"sales-contract-{shot}");
            await page.ClickAsync("button[value=approve]");
            await page.WaitForURLAsync(new Regex("done=approve"));
            Assert.Contains("已同意", await page.InnerTextAsync(".notice"));
            await page.CloseAsync();
        }

        // 写入合同台账 runs as a service-task job right after finance, so the contract appears a moment later
        for (var attempt = 0; ; attempt++)
        {
            await sales.GotoAsync($"/Ledgers/contracts?q={contractNo}");
            // the search box repeats the number, so look for a table row
            if (await sales.Locator($"tr:has-text('{contractNo}')").CountAsync() > 0 || attempt >= 30) break;
            await Task.Delay(1000);
        }
        var list = await sales.InnerTextAsync("main");
        Assert.Contains(contractNo, await sales.InnerTextAsync("table"));
        Assert.Contains("西安高新区管委会", list);
        await Browser.ScreenshotAsync(sales, "sales-contract-ledger");
        await sales.ClickAsync($"tr:has-text('{contractNo}') a[href*='/Record/']");
        await sales.WaitForURLAsync(new Regex("/Ledgers/contracts/Record/[0-9]+"));
        var record = await sales.InnerTextAsync("main");
        Assert.Contains("预付款", record);
        Assert.Contains("验收款", record);
        await Browser.ScreenshotAsync(sales, "sales-contract-record");
    }

    /// <summary>The salesperson's filled-in 评审表 with the contract file, saved earlier through the public API as the app would.</summary>
    private async Task<string> SaveDraftAsync(string user, string contractNo)
    {
        using var http = new HttpClient { BaseAddress = new Uri(e2e.Host.BaseUrl) };
        var token = await (await http.PostAsJsonAsync("/api/auth/token", new { userName = user, password = "Demo@2026" })).Content.ReadFromJsonAsync<JsonElement>();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.GetProperty("token").GetString());
        var pdf = new ByteArrayContent("%PDF-1.7\n% 合同\n%%EOF\n"u8.ToArray());
        pdf.Headers.ContentType = MediaTypeHeaderValue.Parse("application/pdf");
        pdf.Headers.ContentDisposition = new ContentDispositionHeaderValue("form-data") { Name = "\"file\"", FileName = "\"contract.pdf\"" };
        var upload = await http.PostAsync("/api/files", new MultipartFormDataContent { pdf });
        Assert.True(upload.IsSuccessStatusCode, await upload.Content.ReadAsStringAsync());
        var fileId = (await upload.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        var response = await http.PostAsJsonAsync("/api/drafts", new
        {
            processKey = "Process_SalesContract",
            variables = new
            {
                contractNo, contractName = "园区企业环保管家服务合同", customerName = "西安高新区管委会", contractType = "maintenance", isTemplate = true, noContract = false,
                amount = 128000, signDate = DateTime.Today.ToString("yyyy-MM-dd"), termStart = DateTime.Today.ToString("yyyy-MM-dd"), termEnd = DateTime.Today.AddYears(1).ToString("yyyy-MM-dd"),
                products = new object[] { new { productName = "环保管家服务", quantity = 1, price = 128000 } },
                paymentTerms = new object[]
                {
                    new { node = "预付款", condition = "合同签订后 15 日内", amount = 64000 },
                    new { node = "验收款", condition = "验收合格后 30 日内", amount = 64000 },
                },
                contractFile = new[] { new { id = fileId, name = "contract.pdf", size = 20 } },
            },
        });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    [GeneratedRegex("/Workbench/Instance/([0-9a-f]+)")]
    private static partial Regex InstanceId();
}
