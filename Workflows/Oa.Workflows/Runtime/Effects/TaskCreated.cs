
namespace Oa.Workflows.Runtime;

public sealed record TaskCreated(UserTaskInfo Task) : EngineEffect;
