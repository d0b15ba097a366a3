using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Oa.Host.Data;
using Oa.Host.Data.Engine;
using Oa.Host.Engine;
using Oa.Host.Features.Instances;
using Oa.Host.Features.Org;
using Oa.Host.Features.Workbench;
using Oa.Workflows.Runtime;

namespace Oa.Host.Features.PrintTemplates;

/// <summary>What a print template is rendered from: the instance header, the form (schema and data) and the approval record.</summary>
public sealed record PrintSource(ProcessInstanceRecord Row, string? InitiatorName, string? Department, JsonObject? Schema, JsonObject Data, IReadOnlyList<TimelineEntry> Timeline)
{
    /// <summary>The print view's source: exactly what the reader may see (<see cref="InstanceDetails"/>).</summary>
    public static PrintSource Of(InstanceDetails d) => new(d.Row, d.InitiatorName, d.Department, d.Schema, d.Data, d.Timeline);

    /// <summary>
    /// The whole request, for documents the process itself generates (a service task, no reader): every field of the
    /// form version the request was started with.
    /// </summary>
    public static async Task<PrintSource?> LoadAsync(OaDbContext db, EngineHost engine, OrgSnapshot org, string instanceId, CancellationToken ct)
    {
        var row = await db.ProcessInstances.AsNoTracking().FirstOrDefaultAsync(i => i.Id == instanceId, ct);
        if (row is null) return null;
        await engine.PrepareAsync(ct);
        var state = InstanceStateSerializer.Deserialize(row.StateJson);
        var form = row.FormId is null ? null : (row.FormVersion is { } v ? engine.Definitions.Form(row.FormId, v) : null) ?? engine.Definitions.LatestForm(row.FormId);
        var history = await db.History.AsNoTracking().Where(h => h.InstanceId == instanceId).OrderBy(h => h.Id).ToListAsync(ct);
        var initiator = row.Initiator is null ? null : org.GetUser(row.Initiator);
        return new PrintSource(row, initiator?.DisplayName ?? row.Initiator, org.DepartmentPath(row.InitiatorDepartmentId ?? initiator?.DepartmentId),
            form is null ? null : JsonNode.Parse(form.Json)?.AsObject(), FormAccess.ToFormData(state.Variables), Workbench.Timeline.From(history, org));
    }
}
