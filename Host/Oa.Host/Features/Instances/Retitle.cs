using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Oa.Host.Data;
using Oa.Host.Data.Engine;
using Oa.Host.Engine;
using Oa.Host.Features.Org;
using Oa.Workflows.Runtime;

namespace Oa.Host.Features.Instances;

/// <summary>
/// A resubmitted request may have changed the fields its title is made of (请假 3 days → 2 days), so the title template
/// runs again — once, before the command, over the stored values with the edited ones laid over them (as the engine lays
/// them), so a field the applicant cannot see still counts. The command's notices carry that title, and after the command
/// it goes on the instance and the copies of it that the inbox reads (tasks, 抄送); the history keeps the old one in a
/// <c>TitleChanged</c> row. The date stays the request's start date, so only the form values can change it.
/// </summary>
public sealed class Retitle(OaDbContext db, EngineHost engine, OrgCache orgCache, TimeProvider clock)
{
    public const string HistoryType = "TitleChanged";

    public sealed record Change(string? From, string To);

    /// <summary>The title change these edits make, or null when the request has no template or keeps its title.</summary>
    public async Task<Change?> RenderAsync(string instanceId, IReadOnlyDictionary<string, JsonElement> edited, CancellationToken ct)
    {
        var row = await db.ProcessInstances.AsNoTracking().FirstOrDefaultAsync(i => i.Id == instanceId, ct);
        if (row is null) return null;
        var values = new Dictionary<string, JsonElement>(InstanceStateSerializer.Deserialize(row.StateJson).Variables);
        foreach (var (name, value) in edited) values[name] = value;
        var title = await RenderAsync(row, values, ct);
        return title is null || title == row.Title ? null : new Change(row.Title, title);
    }

    /// <summary>Writes the change <see cref="RenderAsync(string, IReadOnlyDictionary{string, JsonElement}, CancellationToken)"/> rendered, once the resubmit committed.</summary>
    public async Task AfterResubmitAsync(string instanceId, Change change, string user, CancellationToken ct)
    {
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await db.ProcessInstances.Where(i => i.Id == instanceId).ExecuteUpdateAsync(s => s.SetProperty(i => i.Title, change.To), ct);
        await db.Tasks.Where(t => t.InstanceId == instanceId).ExecuteUpdateAsync(s => s.SetProperty(t => t.InstanceTitle, change.To), ct);
        await db.CarbonCopies.Where(c => c.InstanceId == instanceId).ExecuteUpdateAsync(s => s.SetProperty(c => c.InstanceTitle, change.To), ct);
        db.History.Add(new HistoryRecord
        {
            InstanceId = instanceId, Type = HistoryType, UserName = user, At = clock.GetUtcNow(),
            Data = JsonSerializer.Serialize(new { from = change.From, to = change.To }),
        });
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
    }

    private async Task<string?> RenderAsync(ProcessInstanceRecord row, IReadOnlyDictionary<string, JsonElement> values, CancellationToken ct)
    {
        var process = engine.Definitions.Find(row.ProcessKey, row.DefinitionVersion) ?? engine.Definitions.LatestOf(row.ProcessKey);
        if (process is null || string.IsNullOrWhiteSpace(process.Settings.TitleTemplate)) return null;
        var org = await orgCache.GetAsync(ct);
        return TitleTemplate.Render(process.Settings.TitleTemplate, row.ProcessName, row.Initiator is null ? null : org.GetUser(row.Initiator), org,
            FormAccess.ToFormData(values), row.StartedAt.ToLocalTime());
    }
}
