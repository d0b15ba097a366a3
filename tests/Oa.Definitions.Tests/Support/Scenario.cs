using System.Text.Json;
using System.Text.Json.Nodes;
using Oa.Forms.Permissions;
using Oa.Forms.Schema;
using Oa.Forms.Validation;
using Oa.Workflows.Approvals;
using Oa.Workflows.Runtime;
using FormAccess = Oa.Forms.Permissions.FieldAccess;

namespace Oa.Definitions.Tests.Support;

// One instance of a shipped process through WorkflowRuntime with the real OaUserTaskPlanner and the
// demo organisation. Form data goes through FormSubmissionProcessor as the host would send it: the
// start form with every field editable, task forms with the node's oa:fieldPermission map.
internal sealed class Scenario
{
    public static readonly DateTimeOffset Monday = DateTimeOffset.Parse("2026-12-07T09:00:00+08:00");

    readonly FormSchema form;
    readonly Dictionary<string, JsonObject> ledgers;

    Scenario(WorkflowRuntime runtime, TestClock clock, FormSchema form, Dictionary<string, JsonObject> ledgers)
    {
        Runtime = runtime;
        Clock = clock;
        this.form = form;
        this.ledgers = ledgers;
    }

    public WorkflowRuntime Runtime { get; }
    public TestClock Clock { get; }
    public string InstanceId { get; private set; } = "";
    public FakeOrgDirectory Org { get; private set; } = null!;

    // What the process wrote through oa-ledger-upsert service tasks (jobs run after every step, as the host's runner would).
    public LedgerWrites LedgerWrites { get; private init; } = new();

    // ledgers: "ledgerKey/recordId" → record fields, for oa-related-record pickers.
    public static async Task<Scenario> StartAsync(string file, string initiator, string startJson,
        Dictionary<string, JsonObject>? ledgers = null, FakeOrgDirectory? org = null)
    {
        var clock = new TestClock(Monday);
        org ??= DemoOrg.Create();
        var ledgerWrites = new LedgerWrites();
        var runtime = new WorkflowRuntime(new InMemoryInstanceStore(), clock, org,
            handlers: new ServiceTaskHandlers(ledgerWrites.Handlers), planner: new OaUserTaskPlanner(org, _ => ["admin"]));
        // Every shipped process, called ones (费用立项) before their callers, as the host imports them.
        Oa.Workflows.Parsing.BpmnParseResult? deployed = null;
        foreach (var name in DefinitionFiles.ProcessNames.OrderBy(n => DefinitionFiles.ProcessXml(n).Contains("callActivity")))
        {
            var result = runtime.Deploy(DefinitionFiles.ProcessXml(name), name + ".bpmn");
            Assert.True(result.IsValid, $"{name}: {string.Join("; ", result.Problems)}");
            if (name == file) deployed = result;
        }
        var definition = Assert.Single(deployed!.Processes);
        var form = DefinitionFiles.Form(definition.FormId!) ?? throw new InvalidOperationException($"no form {definition.FormId}");
        var scenario = new Scenario(runtime, clock, form, ledgers ?? []) { Org = org, LedgerWrites = ledgerWrites };

        var data = scenario.Submit(form, startJson, permissions: null, existing: null);
        var state = await runtime.StartAsync(definition.Key, initiator: initiator, variables: ToVariables(data));
        scenario.InstanceId = state.InstanceId;
        return scenario;
    }

    // The start form's verdict on a sample (no instance is started).
    public static IReadOnlyList<FieldError> ValidateStart(string file, string startJson, Dictionary<string, JsonObject>? ledgers = null)
    {
        var formId = System.Xml.Linq.XDocument.Parse(DefinitionFiles.ProcessXml(file)).Descendants()
            .First(e => e.Name.LocalName == "formDefinition").Attribute("formId")!.Value;
        var form = DefinitionFiles.Form(formId)!;
        var scenario = new Scenario(null!, new TestClock(Monday), form, ledgers ?? []);
        return FormSubmissionProcessor.Process(form, JsonNode.Parse(startJson)!.AsObject(), scenario.Context(null, null)).Errors;
    }

    public static void AssertRejected(string file, string startJson, params string[] paths)
    {
        var errors = ValidateStart(file, startJson);
        Assert.Equal(paths.Order(StringComparer.Ordinal), errors.Select(e => e.Path).Distinct().Order(StringComparer.Ordinal));
    }

    // Open tasks of the instance and of any child it called (each scenario has a runtime of its own).
    public IReadOnlyList<UserTaskInfo> Open => Runtime.OpenTasks;

    public IReadOnlyList<string> Assignees => Open.Select(t => t.Assignee ?? "").Order(StringComparer.Ordinal).ToList();

    public UserTaskInfo Task(string user) => Open.SingleOrDefault(t => t.Assignee == user)
        ?? throw new InvalidOperationException($"{user} has no open task; open: {string.Join(", ", Open.Select(t => $"{t.ElementId}:{t.Assignee}"))}");

    // The approver's form submission (json, may be null) is checked against the node's permissions.
    public async Task<Scenario> CompleteAsync(string user, string outcome = "approve", string? json = null)
    {
        var task = Task(user);
        Dictionary<string, JsonElement>? variables = null;
        if (json is not null)
        {
            var existing = await CurrentDataAsync(task.InstanceId);
            variables = ToVariables(Submit(FormOf(task), json, Permissions(task), existing));
        }
        await Runtime.CompleteTaskAsync(task.TaskId, user, variables, outcome);
        while (await Runtime.RunJobsAsync() > 0) { }
        return this;
    }

    // The node's form view with the given submission: errors instead of an assertion (for negative tests).
    public async Task<IReadOnlyList<FieldError>> TrySubmitAsync(string user, string json)
    {
        var task = Task(user);
        var result = FormSubmissionProcessor.Process(FormOf(task), JsonNode.Parse(json)!.AsObject(),
            Context(Permissions(task), await CurrentDataAsync(task.InstanceId)));
        return result.Errors;
    }

    // Fires the instance's due timers itself instead of WorkflowRuntime.TickAsync: the runtime's timer
    // index keeps a timer after it fired (only TimerCancelled removes it), so a later tick fires it again
    // and throws TimerNotFound. See Definitions/README.md, "Engine notes".
    public async Task AdvanceAsync(TimeSpan by)
    {
        Clock.Advance(by);
        foreach (var timer in (await StateAsync()).Timers.Where(t => t.DueAt <= Clock.Now).OrderBy(t => t.DueAt).ToList())
            await Runtime.FireTimerAsync(timer.TimerId);
    }

    public async Task<InstanceState> StateAsync() => (await Runtime.Store.LoadAsync(InstanceId))!;

    public async Task<string?> VariableAsync(string name) =>
        (await StateAsync()).Variables.TryGetValue(name, out var v)
            ? (v.ValueKind == JsonValueKind.String ? v.GetString() : JsonSerializer.Serialize(v, Readable))
            : null;

    static readonly JsonSerializerOptions Readable = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public bool Reached(string elementId) =>
        Runtime.EffectLog.OfType<HistoryEvent>().Any(h => h.Type == "ElementCompleted" && h.ElementId == elementId);

    public IReadOnlyList<UserTaskInfo> Created => Runtime.EffectLog.OfType<TaskCreated>().Select(t => t.Task).ToList();

    public async Task AssertEndedAtAsync(string endEventId)
    {
        var state = await StateAsync();
        Assert.Equal(InstanceStatus.Completed, state.Status);
        Assert.True(Reached(endEventId), $"did not reach {endEventId}");
        Assert.Empty(Open);
    }

    public static FieldPermissions Permissions(UserTaskInfo task)
    {
        var map = new Dictionary<string, FormAccess>(StringComparer.Ordinal);
        if (task.Extensions.TryGetValue(PlanExtensions.FieldPermissions, out var json))
            foreach (var p in JsonDocument.Parse(json).RootElement.EnumerateObject())
                map[p.Name] = p.Value.GetString() switch
                {
                    "editable" => FormAccess.Editable,
                    "hidden" => FormAccess.Hidden,
                    _ => FormAccess.ReadOnly,
                };
        return FieldPermissions.ForNode(isStartNode: false, map);
    }

    // A task's own form: a called process (费用立项) has its own.
    FormSchema FormOf(UserTaskInfo task) => task.FormId is { } id ? DefinitionFiles.Form(id) ?? form : form;

    JsonObject Submit(FormSchema form, string json, FieldPermissions? permissions, JsonObject? existing)
    {
        var result = FormSubmissionProcessor.Process(form, JsonNode.Parse(json)!.AsObject(), Context(permissions, existing));
        Assert.True(result.IsValid, string.Join("\n", result.Errors.Select(e => $"{e.Path}: {e.Code} {e.MessageZh}")));
        return result.Data;
    }

    FormContext Context(FieldPermissions? permissions, JsonObject? existing) => new()
    {
        Permissions = permissions,
        ExistingData = existing,
        Clock = Clock,
        AssignSerial = c => "26120001",
        FindRelatedRecord = (ledger, id) => ledgers.TryGetValue($"{ledger}/{id}", out var record) ? record.DeepClone().AsObject() : null,
    };

    async Task<JsonObject> CurrentDataAsync(string instanceId)
    {
        var data = new JsonObject();
        foreach (var (key, value) in (await Runtime.Store.LoadAsync(instanceId))!.Variables) data[key] = JsonNode.Parse(value.GetRawText());
        return data;
    }

    static Dictionary<string, JsonElement> ToVariables(JsonObject data) =>
        data.ToDictionary(p => p.Key, p => JsonSerializer.SerializeToElement(p.Value));
}
