namespace Oa.Feel;

// FEEL "time": a local time, optionally with a UTC offset or an IANA zone id.
public readonly record struct FeelTime(TimeOnly Time, TimeSpan? Offset = null, string? Zone = null)
{
    public override string ToString()
    {
        var s = Time.Ticks % TimeSpan.TicksPerSecond == 0 ? Time.ToString("HH:mm:ss") : Time.ToString("HH:mm:ss.FFFFFFF");
        if (Zone is not null) return s + "@" + Zone;
        if (Offset is { } o) return s + Temporal.FormatOffset(o);
        return s;
    }
}
