using Microsoft.EntityFrameworkCore;
using Oa.Host.Data;
using Oa.Host.Data.Engine;
using Oa.Workflows.Runtime;

namespace Oa.Host.Engine;

public sealed partial class EfInstanceStore
{
    /// <summary>
    /// After MigrateInstance the row must say which version it now runs (search, the diagram and the next command's
    /// definition all read it), and open task rows point at the mapped elements — same task ids, same assignees.
    /// </summary>
    private async Task ApplyMigrationAsync(OaDbContext db, InstanceState state, IReadOnlyList<EngineEffect> effects, CancellationToken ct)
    {
        if (!effects.OfType<HistoryEvent>().Any(h => h.Type == "InstanceMigrated")) return;
        var process = definitions.Find(state.ProcessKey, state.DefinitionHash)
            ?? throw new InvalidOperationException($"Process '{state.ProcessKey}' has no published version with hash {state.DefinitionHash}.");
        await db.ProcessInstances.Where(i => i.Id == state.InstanceId)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.DefinitionVersion, process.Version), ct);
        foreach (var task in state.Tasks)
        {
            var name = task.Name ?? task.ElementId;
            await db.Tasks.Where(t => t.Id == task.TaskId && t.Status == WorkTaskStatus.Open)
                .ExecuteUpdateAsync(s => s.SetProperty(t => t.ElementId, task.ElementId).SetProperty(t => t.Name, name), ct);
        }
    }
}
