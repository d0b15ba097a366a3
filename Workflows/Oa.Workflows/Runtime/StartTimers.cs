using Oa.Workflows.Model;
using Oa.Workflows.Nodes;
using Oa.Workflows.Ports;

namespace Oa.Workflows.Runtime;

// When a timer start event first fires. A FEEL value (timeDate="=date and time(...)", timeCycle="=cycle")
// is evaluated once when the process is deployed, with no variables: there is no instance yet.
public static class StartTimers
{
    public sealed record Schedule(string StartEventId, DateTimeOffset DueAt, string? Cycle, int? RepeatsLeft);

    public static IReadOnlyList<Schedule> Of(ProcessDefinition process, DateTimeOffset now, IExpressionEvaluator evaluator, ICollection<string>? problems = null)
    {
        var result = new List<Schedule>();
        foreach (var start in process.StartEvents)
        {
            if (start.Kind != EventKind.Timer || start.Timer is null) continue;
            if (!TryText(start, evaluator, out var text, out var error)
                || !Iso8601.TryScheduleTimer(start.Timer.Kind, text, now, out var due, out var cycle, out var repeats, out error))
            {
                problems?.Add($"Timer start '{start.Id}': {error}");
                continue;
            }
            result.Add(new Schedule(start.Id, due, cycle, repeats));
        }
        return result;
    }

    // The next firing of a cycle after one at dueAt, or null when the cycle is used up.
    public static Schedule? Next(Schedule fired)
    {
        if (fired.Cycle is null || fired.RepeatsLeft is 0 || !Iso8601.TryParseDuration(fired.Cycle, out var every)) return null;
        return fired with { DueAt = every.AddTo(fired.DueAt), RepeatsLeft = fired.RepeatsLeft - 1 };
    }

    private static bool TryText(StartEvent start, IExpressionEvaluator evaluator, out string text, out string? error)
    {
        var value = start.Timer!.Value;
        error = null;
        text = value.Literal ?? "";
        if (value.IsStatic) return true;
        var result = evaluator.Evaluate(value.Compiled!, new Dictionary<string, System.Text.Json.JsonElement>());
        if (result.IsError)
        {
            error = $"'{value.Source}' failed: {result.Error}";
            return false;
        }
        text = JsonValues.AsText(result.Value) ?? "";
        return true;
    }
}
