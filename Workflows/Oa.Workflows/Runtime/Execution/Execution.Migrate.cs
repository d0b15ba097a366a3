using System.Collections.Immutable;

namespace Oa.Workflows.Runtime;

internal sealed partial class Execution
{
    // Ids of tokens, tasks, timers, jobs… stay the same, so open work rows, assignees and due dates carry over;
    // only the element each points at changes. From here on the execution follows the target definition.
    private void Migrate(MigrateInstance command)
    {
        var plan = InstanceMigration.Plan(def, command.Target, input!, command.Mapping);
        if (!plan.CanMigrate)
            throw new EngineException(EngineErrorCode.InvalidCommand, "不能迁移 (cannot migrate): " + string.Join("; ", plan.Blockers));
        var target = command.Target;
        string To(string id) => InstanceMigration.MapOf(command.Mapping, id);
        Rewrite(tokens, t => t with { ElementId = To(t.ElementId) });
        Rewrite(tasks, t => t with { ElementId = To(t.ElementId), Name = target.Node(To(t.ElementId))?.Name ?? t.Name });
        Rewrite(timers, t => t with { ElementId = To(t.ElementId) });
        Rewrite(subscriptions, s => s with { ElementId = To(s.ElementId) });
        Rewrite(jobs, j => j with { ElementId = To(j.ElementId) });
        Rewrite(children, c => c with { ElementId = To(c.ElementId) });
        Rewrite(incidents, i => i with { ElementId = To(i.ElementId) });
        History("InstanceMigrated", null, command.User, Data(("fromHash", def.ContentHash), ("toHash", target.ContentHash),
            ("movedFrom", plan.Moves.Select(m => m.From).ToArray()), ("movedTo", plan.Moves.Select(m => m.To).ToArray())));
        head = head with { DefinitionHash = target.ContentHash };
        def = target;
    }

    private static void Rewrite<T>(ImmutableList<T>.Builder list, Func<T, T> change)
    {
        for (var i = 0; i < list.Count; i++) list[i] = change(list[i]);
    }
}
