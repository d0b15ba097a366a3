using System.Text.Json.Nodes;
using Oa.Forms.Validation;
using Oa.Host.Engine;
using Oa.Host.Features.Org;
using Oa.Workflows.Approvals;

namespace Oa.Host.Features.Instances;

/// <summary>
/// Starting a request: the caller must be allowed to start the process, the start form re-validates every field
/// on the server (hidden and computed fields included), and only then the engine starts the instance.
/// </summary>
public sealed class StartService(EngineHost engine, PendingStarts pending, OrgCache orgCache, TimeProvider clock, Data.OaDbContext db, Ledgers.LedgerRelatedRecords related,
    IEnumerable<ProcessTasks.IStartCheck> checks)
{
    public sealed record Started(string Id, string Status, string? SerialNo, string Title);

    public abstract record Outcome;
    public sealed record Ok(Started Instance) : Outcome;
    public sealed record NotFound : Outcome;
    public sealed record Forbidden : Outcome;
    public sealed record Invalid(IReadOnlyList<FieldError> Errors) : Outcome;

    public async Task<Outcome> StartAsync(string processKey, JsonObject? submitted, string? businessKey, string user, string? clientIp, string language, CancellationToken ct)
    {
        await engine.PrepareAsync(ct);
        var process = engine.Definitions.LatestOf(processKey);
        if (process is null) return new NotFound();
        var org = await orgCache.GetAsync(user, ct);
        if (!ProcessStarters.CanStart(process.Settings, user, org)) return new Forbidden();

        var data = (JsonObject?)submitted?.DeepClone() ?? [];
        var form = process.FormId is null ? null : engine.Definitions.LatestForm(process.FormId);
        // 发起人自选: the approvers picked for such nodes are checked on their own (the form keeps only its fields).
        var (chosen, choiceErrors) = ApproverChoices.Take(data, ApproverChoices.Of(process, form?.Schema), org);
        if (form is not null)
        {
            // Fields hidden from the applicant (filled in later by approvers) may not be sent at the start either.
            var result = FormSubmissionProcessor.Process(form.Schema, data, new FormContext { Language = language, Clock = clock, Permissions = process.StartPermissions,
                FindRelatedRecord = await related.PreloadAsync(form.Schema, data, user, ct) });
            if (!result.IsValid || choiceErrors.Count > 0) return new Invalid([.. result.Errors, .. choiceErrors]);
            data = result.Data;
        }
        else if (choiceErrors.Count > 0) return new Invalid(choiceErrors);
        foreach (var (variable, names) in chosen) data[variable] = names?.DeepClone();
        // Business rules that need the database (请假 balance), after the form is known to be valid.
        foreach (var check in checks.Where(c => c.ProcessKey == processKey))
            if (await check.CheckAsync(data, user, ct) is { Count: > 0 } errors) return new Invalid(errors);

        var id = Guid.NewGuid().ToString("N");
        var initiator = org.GetUser(user);
        var title = TitleTemplate.Render(process.Settings.TitleTemplate, process.Name, initiator, org, data, clock.GetLocalNow());
        pending.Add(id, new StartMetadata(title, initiator?.DepartmentId, form?.FormId, form?.Version));
        var state = await engine.StartAsync(processKey, id, user, businessKey, FormAccess.ToVariables(data), new CommandAudit(user, null, clientIp, Action: "start"), ct);
        await Files.FileLinks.AttachToInstanceAsync(db, id, data, user, clock.GetUtcNow(), ct); // uploads named in the form now belong to the request
        return new Ok(new Started(state.InstanceId, EfInstanceStore.StatusOf(state), await engine.SerialOfAsync(state.InstanceId, ct), title));
    }
}
