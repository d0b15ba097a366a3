using Oa.Workflows.Ports;

namespace Oa.Workflows.Runtime;

// Everything the pure executor may consult. Note: shares its simple name with
// System.Threading.ExecutionContext; files importing both need a using alias.
public sealed record ExecutionContext(
    DateTimeOffset Now,
    IExpressionEvaluator Evaluator,
    IOrgDirectory? Org = null,
    ServiceTaskHandlers? Handlers = null,
    IUserTaskPlanner? Planner = null);
