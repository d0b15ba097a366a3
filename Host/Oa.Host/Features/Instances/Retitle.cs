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
/// runs again over the stored values. The new title goes on the instance and the copies of it that the inbox reads
/// (tasks, 抄送); the history keeps the old one in a <c>TitleChanged</c> row. The date stays the request's start date,
/// so only the form values can change it.
/// </summary>
public sealed class Retitle(OaDbContext db, EngineHost engine, OrgCache orgCache, TimeProvider clock)
{
    public const string HistoryType = "TitleChanged";

    /// <summary>The title the request will carry with these form values, or null when it has no template or keeps its title.</summary>
    public async Task<string?> RenderAsync(string instanceId, IReadOnlyDictionary<string, JsonElement> values, CancellationToken ct)
    {
        var row = await db.ProcessInstances.AsNoTracking().FirstOrDefaultAsync(i => i.Id == instanceId, ct);
        if (row is null) return null;
        var title = await RenderAsync(row, values, ct);
        return title == row.Title ? null : title;
    }

    public async Task AfterResubmitAsync(string instanceId, string user, CancellationToken ct)
    {
        var row = await db.ProcessInstances.AsNoTracking().FirstOrDefaultAsync(i => i.Id == instanceId, ct);
        if (row is null) return;
        var title = await RenderAsync(row, InstanceStateSerializer.Deserialize(row.StateJson).Variables, ct);
        if (title is null || title == row.Title) return;

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await db.ProcessInstances.Where(i => i.Id == instanceId).ExecuteUpdateAsync(s => s.SetProperty(i => i.Title, title), ct);
        await db.Tasks.Where(t => t.InstanceId == instanceId).ExecuteUpdateAsync(s => s.SetProperty(t => t.InstanceTitle, title), ct);
        await db.CarbonCopies.Where(c => c.InstanceId == instanceId).ExecuteUpdateAsync(s => s.SetProperty(c => c.InstanceTitle, title), ct);
        db.History.Add(new HistoryRecord
        {
            InstanceId = instanceId, Type = HistoryType, UserName = user, At = clock.GetUtcNow(),
            Data = JsonSerializer.Serialize(new { from = row.Title, to = title }),
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
