namespace Oa.Workflows.Ports;

// Registered per zeebe:taskDefinition type. Synchronous handlers run inside the step (keep them
// pure and quick: they are part of the atomic command); asynchronous ones become jobs the host runs.
public interface IServiceTaskHandler
{
    string Type { get; }

    bool IsAsync { get; }

    ServiceTaskResult Execute(ServiceTaskRequest request);
}
