using System.Text.Json;
using Oa.Host.Data;

namespace Oa.Host.Engine;

/// <summary>
/// A service task run by the host, outside the engine step, for a BPMN service task whose
/// <c>zeebe:taskDefinition type</c> equals <see cref="Type"/> (the engine turns such tasks into jobs).
/// Delivery is at least once, like Camunda's job workers: the job is retried after a failure or a crash between the
/// handler's commit and the job's completion, so a handler must be idempotent per <see cref="HostServiceTaskContext.JobId"/>.
/// Throw <see cref="ServiceTaskBusinessError"/> for a BPMN error (caught by an error boundary event); any other exception
/// counts as a failed attempt (retried with back-off; an incident after the last retry).
/// Registered in DI: <c>services.AddScoped&lt;IHostServiceTask, MyTask&gt;()</c>.
/// </summary>
public interface IHostServiceTask
{
    string Type { get; }

    /// <summary>Does the work and returns the variables to merge into the instance (may be empty).</summary>
    Task<IReadOnlyDictionary<string, JsonElement>> ExecuteAsync(HostServiceTaskContext context, CancellationToken ct);
}

/// <param name="Db">A scoped context; the handler saves its own changes.</param>
/// <param name="Headers">The task's <c>zeebe:taskHeaders</c> (e.g. a ledger key and a field mapping).</param>
/// <param name="Variables">The instance variables as the job saw them.</param>
public sealed record HostServiceTaskContext(
    OaDbContext Db, string InstanceId, string ProcessKey, string ElementId, string JobId,
    IReadOnlyDictionary<string, string> Headers, IReadOnlyDictionary<string, JsonElement> Variables, string? Initiator);

/// <summary>A business outcome the model handles with an error boundary event (BPMN error with this code).</summary>
public sealed class ServiceTaskBusinessError(string errorCode, string message) : Exception(message)
{
    public string ErrorCode { get; } = errorCode;
}
