namespace Oa.Feel;

// FEEL "years and months duration": only a month count matters (P1Y2M == P14M).
public readonly record struct YearsMonthsDuration(int TotalMonths) : IComparable<YearsMonthsDuration>
{
    public int Years => TotalMonths / 12;
    public int Months => TotalMonths % 12;

    public int CompareTo(YearsMonthsDuration other) => TotalMonths.CompareTo(other.TotalMonths);

    public override string ToString()
    {
        if (TotalMonths == 0) return "P0M";
        var abs = Math.Abs((long)TotalMonths);
        var sign = TotalMonths < 0 ? "-" : "";
        var y = abs / 12; var m = abs % 12;
        return sign + "P" + (y != 0 ? y + "Y" : "") + (m != 0 ? m + "M" : "");
    }
}
