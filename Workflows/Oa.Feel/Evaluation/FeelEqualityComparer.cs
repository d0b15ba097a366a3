namespace Oa.Feel.Evaluation;

// FEEL value equality for hashing (distinct values, union, duplicate values): O(n) instead of O(n²).
internal sealed class FeelEqualityComparer : IEqualityComparer<object?>
{
    public static readonly FeelEqualityComparer Instance = new();

    public new bool Equals(object? x, object? y) => Comparison.Equal(x, y) is true;

    // Must agree with Equals: decimals hash by value (1.0 and 1 collide), containers by size only.
    public int GetHashCode(object? v) => v switch
    {
        null => 0,
        decimal or string or bool or DateOnly or TimeSpan or YearsMonthsDuration or DateTime => v.GetHashCode(),
        List<object?> l => l.Count * 31 + 7,
        Dictionary<string, object?> d => d.Count * 37 + 11,
        _ => 1,
    };
}
