namespace Oa.Feel.Tests.Language;

public class TemporalTests
{
    [Theory]
    [InlineData("date(\"2024-01-31\") + duration(\"P1M\")", "2024-02-29")]
    [InlineData("date(\"2024-01-01\") + duration(\"P1D\")", "2024-01-02")]
    [InlineData("date(\"2024-03-01\") - duration(\"P1D\")", "2024-02-29")]
    [InlineData("date(\"2024-03-01\") - date(\"2024-02-01\")", "P29D")]
    [InlineData("date(\"2024-01-01\") - date(\"2024-03-01\")", "-P60D")]
    [InlineData("date and time(\"2024-01-01T23:00:00\") + duration(\"PT2H\")", "2024-01-02T01:00:00")]
    [InlineData("date and time(\"2024-01-02T00:00:00\") - date and time(\"2024-01-01T12:00:00\")", "PT12H")]
    [InlineData("time(\"23:00:00\") + duration(\"PT2H\")", "01:00:00")]
    [InlineData("time(\"12:00:00\") - time(\"10:30:00\")", "PT1H30M")]
    [InlineData("duration(\"P1D\") + duration(\"PT12H\")", "P1DT12H")]
    [InlineData("duration(\"P1D\") * 2", "P2D")]
    [InlineData("duration(\"P1D\") / duration(\"PT12H\")", "2")]
    [InlineData("duration(\"P1Y\") + duration(\"P6M\")", "P1Y6M")]
    [InlineData("date and time(\"2024-01-01T10:00:00+02:00\") + duration(\"PT1H\")", "2024-01-01T11:00:00+02:00")]
    public void TemporalArithmetic_FollowsSpec(string expression, string expected) => Assert.Equal(expected, Feel.Show(expression));

    [Theory]
    [InlineData("@\"2024-03-15\".year", "2024")]
    [InlineData("@\"2024-03-15\".month", "3")]
    [InlineData("@\"2024-03-15\".day", "15")]
    [InlineData("@\"2024-03-17\".weekday", "7")]
    [InlineData("@\"2024-03-15T10:20:30\".hour", "10")]
    [InlineData("@\"2024-03-15T10:20:30\".minute", "20")]
    [InlineData("@\"2024-03-15T10:20:30\".second", "30")]
    [InlineData("@\"2024-03-15T10:20:30+02:00\".time offset", "PT2H")]
    [InlineData("@\"2024-03-15T10:20:30@Europe/Paris\".timezone", "\"Europe/Paris\"")]
    [InlineData("@\"10:20:30\".hour", "10")]
    [InlineData("@\"P2DT3H4M5S\".days", "2")]
    [InlineData("@\"P2DT3H4M5S\".hours", "3")]
    [InlineData("@\"P2DT3H4M5S\".minutes", "4")]
    [InlineData("@\"P2DT3H4M5S\".seconds", "5")]
    [InlineData("@\"P1Y2M\".years", "1")]
    [InlineData("@\"P1Y2M\".months", "2")]
    public void Properties_ReadComponents(string expression, string expected) => Assert.Equal(expected, Feel.Show(expression));

    [Fact]
    public void LocalDateTime_StaysLocal() => Assert.IsType<DateTime>(Feel.Eval("date and time(\"2024-01-01T10:00:00\")"));

    [Fact]
    public void OffsetDateTime_KeepsOffset() =>
        Assert.Equal(TimeSpan.FromHours(2), Assert.IsType<DateTimeOffset>(Feel.Eval("@\"2024-01-01T10:00:00+02:00\"")).Offset);

    [Fact]
    public void ZonedDateTime_ResolvesOffsetFromZone() =>
        Assert.Equal(TimeSpan.FromHours(1), Assert.IsType<ZonedDateTime>(Feel.Eval("@\"2024-01-01T10:00:00@Europe/Paris\"")).Value.Offset);

    [Theory]
    [InlineData("date(\"2023-02-29\")")]
    [InlineData("date(2023, 2, 29)")]
    [InlineData("date(\"nope\")")]
    [InlineData("duration(\"P1Y1D\")")]
    [InlineData("time(\"25:00:00\")")]
    public void InvalidTemporalText_IsNull(string expression) => Assert.Null(Feel.Eval(expression));

    [Fact]
    public void InvalidTemporalLiteral_IsCompileError() => Assert.False(FeelEngine.Default.Compile("@\"2024-13-01\"").Success);

    [Fact]
    public void NowAndToday_UseConfiguredClock()
    {
        var engine = new FeelEngine(new FeelOptions { TimeProvider = new FixedClock(new DateTimeOffset(2024, 5, 6, 7, 8, 9, TimeSpan.Zero)) });
        Assert.Equal(new DateOnly(2024, 5, 6), engine.Evaluate("today()").Value);
        Assert.Equal(2024m, engine.Evaluate("now().year").Value);
    }

    [Theory]
    [InlineData("day of week(date(\"2024-01-01\"))", "\"Monday\"")]
    [InlineData("day of year(date(\"2024-02-01\"))", "32")]
    [InlineData("week of year(date(\"2024-01-01\"))", "1")]
    [InlineData("month of year(date(\"2024-05-01\"))", "\"May\"")]
    [InlineData("years and months duration(date(\"2020-01-15\"), date(\"2024-03-10\"))", "P4Y1M")]
    [InlineData("date and time(date(\"2024-01-01\"), time(\"10:00:00\"))", "2024-01-01T10:00:00")]
    [InlineData("time(10, 30, 15)", "10:30:15")]
    [InlineData("date and time(@\"2024-01-01T10:00:00Z\", \"Asia/Shanghai\")", "2024-01-01T18:00:00@Asia/Shanghai")]
    [InlineData("date(date and time(\"2024-05-06T10:00:00\"))", "2024-05-06")]
    public void TemporalBuiltins_Work(string expression, string expected) => Assert.Equal(expected, Feel.Show(expression));

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
        public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
    }
}
