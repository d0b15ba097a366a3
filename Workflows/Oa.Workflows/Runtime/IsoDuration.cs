namespace Oa.Workflows.Runtime;

public readonly record struct IsoDuration(int Years, int Months, int Days, TimeSpan Time)
{
    public DateTimeOffset AddTo(DateTimeOffset instant) => instant.AddYears(Years).AddMonths(Months).AddDays(Days).Add(Time);
}
