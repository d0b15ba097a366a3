using Oa.Workflows.Ports;

namespace Oa.Workflows.Runtime;

// Registry keyed by zeebe:taskDefinition type. Types without a handler become jobs for external workers.
public sealed class ServiceTaskHandlers
{
    private readonly Dictionary<string, IServiceTaskHandler> byType = new(StringComparer.Ordinal);

    public ServiceTaskHandlers(params IEnumerable<IServiceTaskHandler> handlers)
    {
        foreach (var h in handlers) byType[h.Type] = h;
    }

    public IServiceTaskHandler? Find(string type) => byType.GetValueOrDefault(type);
}
