using System.Text.Json;
using Oa.Workflows.Ports;

namespace Oa.Definitions.Tests.Support;

// Stands in for the host's job workers (oa-ledger-upsert and the handlers of Features/ProcessTasks and Attendance):
// records what a process asked for (the task type, headers and variables) and answers with a record id, as the host does.
internal sealed class LedgerWrites
{
    public static readonly string[] HostTypes =
        ["oa-ledger-upsert", "oa-attendance-punch-correction", "oa-leave-deduct", "oa-ca-loan", "oa-render-document", "oa-instance-serial"];

    public sealed record Write(string Type, string ElementId, IReadOnlyDictionary<string, string> Headers, IReadOnlyDictionary<string, JsonElement> Variables);

    public List<Write> Writes { get; } = [];

    public IEnumerable<IServiceTaskHandler> Handlers => HostTypes.Select(t => new Recorder(this, t));

    /// <summary>The calls of one type, in order (oa-ledger-upsert: the ledger writes).</summary>
    public IReadOnlyList<Write> Of(string type) => Writes.Where(w => w.Type == type).ToList();

    private sealed class Recorder(LedgerWrites owner, string type) : IServiceTaskHandler
    {
        public string Type => type;

        public bool IsAsync => true;

        public ServiceTaskResult Execute(ServiceTaskRequest request)
        {
            owner.Writes.Add(new Write(type, request.ElementId, request.Headers, request.Variables));
            return new ServiceTaskResult(new Dictionary<string, JsonElement> { ["ledgerRecordId"] = JsonSerializer.SerializeToElement(owner.Writes.Count) });
        }
    }
}
