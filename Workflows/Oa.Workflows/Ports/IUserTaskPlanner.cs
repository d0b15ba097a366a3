using Oa.Workflows.Nodes;

namespace Oa.Workflows.Ports;

// Hook for the approval layer: consulted each time a user task without a modelled
// multi-instance is activated. Null means "no policy here": the task runs as modelled
// (zeebe:assignmentDefinition). A plan turns the task into a multi-instance over its assignees.
public interface IUserTaskPlanner
{
    UserTaskPlan? Plan(UserTask task, PlanningContext context);
}
