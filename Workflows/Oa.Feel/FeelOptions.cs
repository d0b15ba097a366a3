namespace Oa.Feel;

public sealed record FeelOptions
{
    // Counts loop iterations, function calls and list work; stops runaway `for` loops and recursion.
    public long MaxSteps { get; init; } = 100_000;

    // Clock for now() and today(); also supplies the local zone used for now().
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    // Guards regex built-ins (matches, replace, split) against catastrophic backtracking.
    public TimeSpan RegexTimeout { get; init; } = TimeSpan.FromMilliseconds(200);

    public int MaxCallDepth { get; init; } = 200;

    public int CacheSize { get; init; } = 10_000;
}
