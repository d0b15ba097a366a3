using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using Oa.Host.Tests.Infrastructure;

namespace Oa.Host.Tests.Attendance;

public sealed class ImportFactory : AttendanceFactory;

/// <summary>Punch exports in the three presets and a custom mapping: preview, bad rows with reasons, idempotent re-import.</summary>
public sealed class PunchImportTests(ImportFactory factory) : IClassFixture<ImportFactory>
{
    private static MultipartFormDataContent Upload(byte[] file, string name, params (string Key, string Value)[] fields)
    {
        var content = new MultipartFormDataContent { { new ByteArrayContent(file), "file", name } };
        foreach (var (k, v) in fields) content.Add(new StringContent(v), k);
        return content;
    }

    private Task<int> StoredAsync(string user) => factory.WithDbAsync(db => db.Punches.CountAsync(p => p.UserName == user));

    [Fact]
    public async Task WeComCsv_PreviewRejectsBadRows_ImportAddsGoodOnes_ReimportAddsNothing()
    {
        var csv = "姓名,账号,部门,打卡日期,打卡时间\n" +
                  "张三,zhangsan,京津冀鲁,2026/05/06 星期三,08:57\n" +
                  "张三,zhangsan,京津冀鲁,2026/05/06 星期三,18:02\n" +
                  "张三,zhangsan,京津冀鲁,2026/05/06 星期三,18:02\n" +   // the same punch twice in one file
                  "无名,nobody,京津冀鲁,2026/05/06,09:00\n" +
                  "张三,zhangsan,京津冀鲁,2026/05/07,9点\n";
        var hr = await factory.ClientAsAsync("wujing");
        var bytes = Encoding.UTF8.GetBytes(csv);

        var preview = await (await hr.PostAsync("/api/attendance/punches/preview", Upload(bytes, "wecom.csv", ("layout", "wecom")))).JsonAsync();
        Assert.Equal((2, 1, 2), (preview.GetProperty("accepted").GetInt32(), preview.GetProperty("duplicates").GetInt32(), preview.GetProperty("rejected").GetInt32()));
        var rejected = preview.GetProperty("rows").EnumerateArray().Where(r => r.GetProperty("status").GetString() == "rejected").ToList();
        Assert.Equal([5, 6], rejected.Select(r => r.GetProperty("line").GetInt32()));
        Assert.Contains("nobody", rejected[0].GetProperty("reason").GetString());
        Assert.Equal(0, await StoredAsync("zhangsan")); // a preview writes nothing

        var imported = await (await hr.PostAsync("/api/attendance/punches/import", Upload(bytes, "wecom.csv", ("layout", "wecom")))).JsonAsync();
        Assert.Equal(2, imported.GetProperty("imported").GetInt32());
        var again = await (await hr.PostAsync("/api/attendance/punches/import", Upload(bytes, "wecom.csv", ("layout", "wecom")))).JsonAsync();
        Assert.Equal((0, 3), (again.GetProperty("imported").GetInt32(), again.GetProperty("duplicates").GetInt32()));
        Assert.Equal(2, await StoredAsync("zhangsan"));
    }

    [Fact]
    public async Task FingerprintXlsx_MatchesEmployeeNumbers_DingTalkOverlapsWithoutDoubling()
    {
        var empNo = await factory.WithDbAsync(db => db.Users.Where(u => u.UserName == "lisi").Select(u => u.EmployeeNo!).SingleAsync());
        using var xlsx = new MemoryStream();
        await xlsx.SaveAsAsync(new[]
        {
            new Dictionary<string, object> { ["工号"] = empNo, ["姓名"] = "李四", ["日期"] = new DateTime(2026, 5, 6), ["时间"] = "08:59:30" },
            new Dictionary<string, object> { ["工号"] = empNo, ["姓名"] = "李四", ["日期"] = new DateTime(2026, 5, 6), ["时间"] = "18:00:10" },
        });
        var hr = await factory.ClientAsAsync("wujing");
        var result = await (await hr.PostAsync("/api/attendance/punches/import", Upload(xlsx.ToArray(), "machine.xlsx", ("layout", "fingerprint")))).JsonAsync();
        Assert.Equal(2, result.GetProperty("imported").GetInt32());

        // DingTalk's export of the same day holds the evening punch again and one new one.
        var ding = Encoding.UTF8.GetBytes($"姓名,工号,部门,打卡时间\n李四,{empNo},京津冀鲁,2026-05-06 18:00:10\n李四,{empNo},京津冀鲁,2026-05-07 08:51:00\n");
        var d = await (await hr.PostAsync("/api/attendance/punches/import", Upload(ding, "ding.csv", ("layout", "dingtalk")))).JsonAsync();
        Assert.Equal((1, 1), (d.GetProperty("imported").GetInt32(), d.GetProperty("duplicates").GetInt32()));
        Assert.Equal(3, await StoredAsync("lisi"));
    }

    [Fact]
    public async Task CustomMapping_ByDisplayName_Works_AndIncompleteMappingIs400()
    {
        var hr = await factory.ClientAsAsync("wujing");
        var csv = Encoding.UTF8.GetBytes("员工,刷卡时间\n赵六,2026-05-06 08:40\n");
        var ok = await (await hr.PostAsync("/api/attendance/punches/import", Upload(csv, "x.csv",
            ("layout", "custom"), ("userColumn", "员工"), ("userKey", "displayName"), ("dateTimeColumn", "刷卡时间")))).JsonAsync();
        Assert.Equal(1, ok.GetProperty("imported").GetInt32());

        var bad = await hr.PostAsync("/api/attendance/punches/import", Upload(csv, "x.csv", ("layout", "custom"), ("userColumn", "员工")));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.True((await bad.JsonAsync()).GetProperty("errors").TryGetProperty("dateTimeColumn", out _));
        var wrongType = await hr.PostAsync("/api/attendance/punches/import", Upload(csv, "x.txt", ("layout", "wecom")));
        Assert.Equal(HttpStatusCode.BadRequest, wrongType.StatusCode);
    }

    [Fact]
    public async Task Import_IsForHrOnly()
    {
        var employee = await factory.ClientAsAsync("zhangsan");
        var response = await employee.PostAsync("/api/attendance/punches/import", Upload([1, 2], "x.csv", ("layout", "wecom")));
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
