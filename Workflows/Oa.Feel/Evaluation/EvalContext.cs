namespace Oa.Feel.Evaluation;

// Per-evaluation state: the current scope, the step budget and the first runtime error seen.
internal sealed class EvalContext
{
    private readonly long _maxSteps;
    private long _steps;

    public EvalContext(FeelOptions options, Scope scope)
    {
        Options = options;
        Scope = scope;
        _maxSteps = options.MaxSteps;
    }

    public FeelOptions Options { get; }
    public Scope Scope { get; set; }
    public string? FirstError { get; private set; }
    public int CallDepth { get; set; }

    private DateTimeOffset? _now;
    // now() and today() are stable within one evaluation.
    public DateTimeOffset Now => _now ??= Options.TimeProvider.GetUtcNow().ToOffset(Options.TimeProvider.LocalTimeZone.GetUtcOffset(Options.TimeProvider.GetUtcNow()));

    public void Step(long count = 1)
    {
        _steps += count;
        if (_steps > _maxSteps) throw new FeelAbortException($"evaluation exceeded the step limit of {_maxSteps}");
    }

    // Runtime errors are values in FEEL: the offending sub-expression becomes null and the message is kept
    // so that a null overall result can say why.
    public object? Fail(string message)
    {
        FirstError ??= message;
        return null;
    }
}

// Stops the whole evaluation: step limit or call depth exceeded.
internal sealed class FeelAbortException(string message) : Exception(message);
