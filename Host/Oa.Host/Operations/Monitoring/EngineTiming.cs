using System.Diagnostics;
using Oa.Workflows.Ports;
using Oa.Workflows.Runtime;

namespace Oa.Host.Operations.Monitoring;

/// <summary>
/// Times one engine command for oa_engine_command_duration_seconds. Unlike the API timing it also sees the commands
/// no HTTP request carries (timers, service-task jobs), and tags how it ended: ok; conflict (lost the concurrency
/// race even after the engine's retries); refused (the engine said no: task gone, instance not running, …); error.
/// </summary>
public static class EngineTiming
{
    public static async Task<T> TimeAsync<T>(OaMetrics? metrics, string command, Func<Task<T>> run)
    {
        if (metrics is null) return await run();
        using var activity = OaMetrics.Activities.StartActivity($"oa.engine {command}");
        var started = Stopwatch.GetTimestamp();
        var outcome = "error";
        try
        {
            var result = await run();
            outcome = "ok";
            return result;
        }
        catch (ConcurrencyException)
        {
            outcome = "conflict";
            throw;
        }
        catch (EngineException)
        {
            outcome = "refused";
            throw;
        }
        finally
        {
            metrics.EngineDuration.Record(Stopwatch.GetElapsedTime(started).TotalSeconds,
                new TagList { { "command", command }, { "outcome", outcome } });
            activity?.SetTag("oa.outcome", outcome);
        }
    }
}
