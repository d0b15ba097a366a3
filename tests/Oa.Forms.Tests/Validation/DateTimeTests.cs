using Oa.Forms.Tests.Support;
using Oa.Forms.Validation;

namespace Oa.Forms.Tests.Validation;

public class DateTimeTests
{
    private static string Field(string subtype, string extra = "") =>
        $$"""{ "type": "datetime", "id": "A", "key": "d", "subtype": "{{subtype}}"{{extra}} }""";

    [Theory]
    [InlineData("date", "2026-02-28")]
    [InlineData("date", "2024-02-29")]
    [InlineData("time", "09:30")]
    [InlineData("time", "09:30+08:00")]
    [InlineData("time", "23:59Z")]
    [InlineData("datetime", "2026-12-01T09:30")]
    [InlineData("datetime", "2026-12-01T09:30+08:00")]
    [InlineData("datetime", "2026-12-01T01:30Z")]
    public void Datetime_WellFormedValue_IsValid(string subtype, string value) =>
        TestForms.Valid(TestForms.Submit(TestForms.With(Field(subtype)), $$"""{ "d": "{{value}}" }"""));

    [Theory]
    [InlineData("date", "2026-02-29")]
    [InlineData("date", "2026/12/01")]
    [InlineData("date", "2026-12-01T00:00")]
    [InlineData("date", "20261201")]
    [InlineData("time", "24:00")]
    [InlineData("time", "9:30")]
    [InlineData("datetime", "2026-12-01")]
    [InlineData("datetime", "2026-12-01 09:30")]
    [InlineData("datetime", "2026-13-01T09:30")]
    public void Datetime_MalformedValue_ReturnsFormatError(string subtype, string value) =>
        Assert.Equal("format", TestForms.Single(TestForms.Submit(TestForms.With(Field(subtype)), $$"""{ "d": "{{value}}" }""")).Code);

    [Theory]
    [InlineData("no_timezone", "09:30", true)]
    [InlineData("no_timezone", "09:30+08:00", false)]
    [InlineData("utc_normalized", "01:30Z", true)]
    [InlineData("utc_normalized", "09:30+08:00", false)]
    [InlineData("utc_offset", "09:30+08:00", true)]
    [InlineData("utc_offset", "09:30", false)]
    public void Time_SerializingFormat_DecidesTheZoneSuffix(string format, string value, bool valid)
    {
        var result = TestForms.Submit(TestForms.With(Field("time", $$""", "timeSerializingFormat": "{{format}}" """)), $$"""{ "d": "{{value}}" }""");

        Assert.Equal(valid, result.IsValid);
    }

    [Fact]
    public void Date_NumberValue_IsTypeError() =>
        Assert.Equal("type", TestForms.Single(TestForms.Submit(TestForms.With(Field("date")), """{ "d": 20261201 }""")).Code);

    [Fact]
    public void Date_DisallowPassedDates_RejectsYesterday()
    {
        var schema = TestForms.With(Field("date", """, "disallowPassedDates": true"""));
        var ctx = FormContext.Empty with { Clock = new FixedClock(new DateTimeOffset(2026, 12, 1, 10, 0, 0, TimeSpan.Zero)) };

        Assert.Equal("pastDate", TestForms.Single(TestForms.Submit(schema, """{ "d": "2026-11-30" }""", ctx)).Code);
        TestForms.Valid(TestForms.Submit(schema, """{ "d": "2026-12-01" }""", ctx));
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
        public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
    }
}
