namespace Oa.Bench.HostBench;

// The system clock plus an offset the bench can move: W5 seeds timers an hour ahead, then jumps the host's
// clock to their due time so all of them become due at the same instant without waiting an hour.
public sealed class ShiftClock : TimeProvider
{
    private long _offsetTicks;

    public TimeSpan Offset
    {
        get => TimeSpan.FromTicks(Interlocked.Read(ref _offsetTicks));
        set => Interlocked.Exchange(ref _offsetTicks, value.Ticks);
    }

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + Offset;

    public override TimeZoneInfo LocalTimeZone => System.LocalTimeZone;
}
