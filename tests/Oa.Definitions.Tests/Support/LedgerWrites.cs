using System.Text.Json;
using Oa.Workflows.Ports;

namespace Oa.Definitions.Tests.Support;

// Stands in for the host's oa-ledger-upsert job worker: records what a process asked to write
// (the task headers and the mapped variables) and answers with a record id, as the host does.
internal sealed class LedgerWrites : IServiceTaskHandler
{
    public sealed record Write(string ElementId, IReadOnlyDictionary<string, string> Headers, IReadOnlyDictionary<string, JsonElement> Variables);

    public List<Write> Writes { get; } = [];

    public string Type => "oa-ledger-upsert";

    public bool IsAsync => true;

    public ServiceTaskResult Execute(ServiceTaskRequest request)
    {
        Writes.Add(new Write(request.ElementId, request.Headers, request.Variables));
        return new ServiceTaskResult(new Dictionary<string, JsonElement> { ["ledgerRecordId"] = JsonSerializer.SerializeToElement(Writes.Count) });
    }
}
