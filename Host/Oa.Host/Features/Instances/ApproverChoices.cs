using System.Text.Json.Nodes;
using Oa.Forms.Validation;
using Oa.Host.Engine;
using Oa.Host.Features.Org;
using Oa.Workflows.Approvals;
using Oa.Workflows.Nodes;

namespace Oa.Host.Features.Instances;

/// <summary>A node whose approvers the applicant picks (发起人自选): the engine reads them from <see cref="Variable"/>.</summary>
public sealed record ApproverChoice(string ElementId, string NodeName, string Variable)
{
    public string Label => $"选择审批人 · {NodeName}";
}

/// <summary>
/// 发起人自选审批人. The model's <c>initiatorSelect</c> rule reads the chosen user names from a variable
/// (<c>&lt;taskId&gt;_approvers</c> unless the rule names one). The apply page shows a required user picker per such node
/// (an <c>oa-user</c> field appended to the start form), and the start validates the choice here: the form processor
/// keeps only the form's own fields, so these values are taken out before it runs and put back once they check out.
/// </summary>
public static class ApproverChoices
{
    public static IReadOnlyList<ApproverChoice> Of(PublishedProcess process, Oa.Forms.Schema.FormSchema? form)
    {
        var keys = new HashSet<string>((form?.AllComponents() ?? []).SelectMany(c => new[] { c.Key, c.Path }).OfType<string>(), StringComparer.Ordinal);
        var choices = new List<ApproverChoice>();
        foreach (var task in process.Definition.Nodes.OfType<UserTask>())
        {
            var policy = ApprovalPolicyParser.Default.Parse(task).Policy;
            foreach (var rule in policy?.Approvers.Where(r => r.Type == ApproverRuleType.InitiatorSelect) ?? [])
            {
                var variable = rule.Variable ?? $"{task.Id}_approvers";
                // A form field of that name already collects the people (a picker the designer placed): nothing to add.
                if (keys.Contains(variable) || choices.Any(c => c.Variable == variable)) continue;
                choices.Add(new ApproverChoice(task.Id, task.Name ?? task.Id, variable));
            }
        }
        return choices;
    }

    /// <summary>The start form with one required multi-user picker per choice at the end (a form-less process gets a form of pickers).</summary>
    public static JsonObject? WithPickers(JsonObject? schema, IReadOnlyList<ApproverChoice> choices)
    {
        if (choices.Count == 0) return schema;
        var result = (JsonObject?)schema?.DeepClone() ?? new JsonObject { ["type"] = "default", ["id"] = "approver-choices", ["components"] = new JsonArray() };
        if (result["components"] is not JsonArray components) result["components"] = components = [];
        foreach (var c in choices)
            components.Add(new JsonObject
            {
                ["type"] = "oa-user", ["id"] = $"oa_choice_{c.ElementId}", ["key"] = c.Variable, ["label"] = c.Label,
                ["multiple"] = true, ["validate"] = new JsonObject { ["required"] = true },
            });
        return result;
    }

    /// <summary>
    /// Takes the choices out of <paramref name="data"/> and checks them: each is required, and names users who exist and
    /// are active. Returns the cleaned choices (user-name arrays, keyed by variable) and the errors, keyed by variable.
    /// </summary>
    public static (JsonObject Values, List<FieldError> Errors) Take(JsonObject data, IReadOnlyList<ApproverChoice> choices, OrgSnapshot org)
    {
        var values = new JsonObject();
        var errors = new List<FieldError>();
        foreach (var c in choices)
        {
            var raw = data[c.Variable];
            data.Remove(c.Variable);
            var names = Names(raw);
            if (names is null)
            {
                errors.Add(new FieldError(c.Variable, "type", $"{c.Label}：格式无效，应为用户名列表", $"Approvers for {c.NodeName}: expected a list of user names"));
                continue;
            }
            if (names.Count == 0)
            {
                errors.Add(new FieldError(c.Variable, "required", $"请{c.Label}", $"Choose the approvers for {c.NodeName}"));
                continue;
            }
            var unknown = names.Where(n => org.GetUser(n) is not { Active: true }).ToList();
            if (unknown.Count > 0)
            {
                errors.Add(new FieldError(c.Variable, "user", $"{c.Label}：用户不存在或已停用：{string.Join("、", unknown)}",
                    $"Approvers for {c.NodeName}: unknown or inactive user(s): {string.Join(", ", unknown)}"));
                continue;
            }
            values[c.Variable] = new JsonArray([.. names.Distinct(StringComparer.Ordinal).Select(n => (JsonNode)JsonValue.Create(org.GetUser(n)!.UserName))]);
        }
        return (values, errors);
    }

    // A user name, a list of them, or picker objects ({ userName }); null when it is none of those.
    private static List<string>? Names(JsonNode? raw)
    {
        static string? One(JsonNode? n) => n switch
        {
            JsonValue v when v.TryGetValue<string>(out var s) => s.Trim(),
            JsonObject o when o["userName"] is JsonValue u && u.TryGetValue<string>(out var s) => s.Trim(),
            _ => null,
        };
        if (raw is null) return [];
        if (raw is JsonArray list)
        {
            var names = list.Select(One).ToList();
            return names.Any(n => n is null) ? null : [.. names.Where(n => n!.Length > 0).Select(n => n!)];
        }
        return One(raw) is { } single ? (single.Length == 0 ? [] : [single]) : null;
    }
}
