
namespace Oa.Workflows.Runtime;

public sealed record TimerCancelled(string TimerId, string ElementId) : EngineEffect;
