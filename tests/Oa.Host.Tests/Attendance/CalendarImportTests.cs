using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Oa.Host.Tests.Infrastructure;

namespace Oa.Host.Tests.Attendance;

public sealed class CalendarImportFactory : AttendanceFactory;

/// <summary>年度日历导入: preview first, a bad row refuses the whole file, re-importing the same file changes nothing.</summary>
public sealed class CalendarImportTests(CalendarImportFactory factory) : IClassFixture<CalendarImportFactory>
{
    private static MultipartFormDataContent File(int year, string csv)
    {
        var form = new MultipartFormDataContent { { new StringContent(year.ToString()), "year" } };
        form.Add(new ByteArrayContent(Encoding.UTF8.GetBytes(csv)), "file", "calendar.csv");
        return form;
    }

    private const string Good = "日期,类型,名称\n2027-01-01,放假,元旦\n2027-02-06,上班,春节调休\n2027-02-10,放假,春节\n";

    [Fact]
    public async Task PreviewThenImport_IsIdempotent_AndARemovedRowIsRemoved()
    {
        var hr = await factory.ClientAsAsync("wujing");
        var preview = await (await hr.PostAsync("/api/attendance/calendar/preview", File(2027, Good))).JsonAsync();
        Assert.Equal((3, 0, 0), (preview.GetProperty("added").GetInt32(), preview.GetProperty("changed").GetInt32(), preview.GetProperty("removed").GetInt32()));
        Assert.Empty(await factory.WithDbAsync(db => db.CalendarDays.Where(d => d.Date >= new DateOnly(2027, 1, 1) && d.Date <= new DateOnly(2027, 12, 31)).ToListAsync())); // preview wrote nothing

        var first = await (await hr.PostAsync("/api/attendance/calendar/import", File(2027, Good))).JsonAsync();
        Assert.Equal(3, first.GetProperty("added").GetInt32());
        var again = await (await hr.PostAsync("/api/attendance/calendar/import", File(2027, Good))).JsonAsync();
        Assert.Equal((0, 0, 0, 3), (again.GetProperty("added").GetInt32(), again.GetProperty("changed").GetInt32(), again.GetProperty("removed").GetInt32(), again.GetProperty("unchanged").GetInt32()));

        var shorter = await (await hr.PostAsync("/api/attendance/calendar/import", File(2027, "日期,类型,名称\n2027-01-01,放假,元旦\n2027-02-06,放假,春节\n"))).JsonAsync();
        Assert.Equal((0, 1, 1), (shorter.GetProperty("added").GetInt32(), shorter.GetProperty("changed").GetInt32(), shorter.GetProperty("removed").GetInt32()));
        var stored = await factory.WithDbAsync(db => db.CalendarDays.Where(d => d.Date >= new DateOnly(2027, 1, 1) && d.Date <= new DateOnly(2027, 12, 31)).OrderBy(d => d.Date).ToListAsync());
        Assert.Equal(["2027-01-01 holiday", "2027-02-06 holiday"], stored.Select(d => $"{d.Date:yyyy-MM-dd} {d.Kind}").ToArray());
    }

    [Fact]
    public async Task BadRows_AreListedInPreview_AndImportIsRefusedWhole()
    {
        var hr = await factory.ClientAsAsync("wujing");
        const string csv = "日期,类型,名称\n2028-01-01,放假,元旦\n2027-12-31,放假,跨年\n2028-02-30,放假,无此日\n2028-03-01,加班,未知类型\n";
        var preview = await (await hr.PostAsync("/api/attendance/calendar/preview", File(2028, csv))).JsonAsync();
        Assert.Equal([3, 4, 5], preview.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("row").GetInt32()).ToArray());
        var import = await hr.PostAsync("/api/attendance/calendar/import", File(2028, csv));
        Assert.Equal(HttpStatusCode.BadRequest, import.StatusCode);
        Assert.Empty(await factory.WithDbAsync(db => db.CalendarDays.Where(d => d.Date >= new DateOnly(2028, 1, 1) && d.Date <= new DateOnly(2028, 12, 31)).ToListAsync()));
        Assert.Equal(HttpStatusCode.Forbidden, (await (await factory.ClientAsAsync("lisi")).PostAsync("/api/attendance/calendar/import", File(2028, Good))).StatusCode);
    }
}
