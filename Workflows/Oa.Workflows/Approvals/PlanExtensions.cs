using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace Oa.Workflows.Approvals;

// Keys of UserTaskPlan.Extensions: the engine copies them onto every created task, and the host
// reads them to draw buttons, enforce comments and field access, and send CCs. Timeouts are listed for display;
// the engine schedules them itself from UserTaskPlan.Timeouts.
public static class PlanExtensions
{
    public const string Actions = "oa.actions";                     // "approve,reject,return"
    public const string CommentRequired = "oa.commentRequired";     // "false" | "true" | "onReject"
    public const string SignatureRequired = "oa.signatureRequired"; // "true" | "false"
    public const string FieldPermissions = "oa.fieldPermissions";   // {"amount":"readonly", …}
    public const string Timeouts = "oa.timeouts";                   // [{"duration":"PT24H","action":"remind","repeat":3}]
    public const string Cc = "oa.cc";                               // ["zhangsan", …], resolved when the task is planned
    public const string RejectTo = "oa.rejectTo";                   // "end" | "initiator" | "previous" | "node:Task_1"
    public const string Notes = "oa.notes";                         // why approvers were skipped or added
    public const string ReturnedFrom = "oa.returnedFrom";           // on the initiator's resubmission task: the node that returned it

    static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    // Per planned task: the policy's fixed part plus who was resolved this time.
    internal static IReadOnlyDictionary<string, string> Build(IReadOnlyDictionary<string, string> fixedPart, IReadOnlyList<string> cc, IReadOnlyList<string> notes)
    {
        if (cc.Count == 0 && notes.Count == 0) return fixedPart;
        var result = new Dictionary<string, string>(fixedPart);
        if (cc.Count > 0) result[Cc] = JsonSerializer.Serialize(cc, Json);
        if (notes.Count > 0) result[Notes] = JsonSerializer.Serialize(notes, Json);
        return result;
    }

    // Computed once per policy: serialising on every activation would be waste.
    internal static IReadOnlyDictionary<string, string> Fixed(ApprovalPolicy policy)
    {
        var result = new Dictionary<string, string>
        {
            [Actions] = string.Join(",", policy.Actions.Select(Token)),
            [CommentRequired] = policy.Comment switch
            {
                CommentRule.Required => "true",
                CommentRule.OnReject => "onReject",
                _ => "false",
            },
            [SignatureRequired] = policy.SignatureRequired ? "true" : "false",
            [RejectTo] = policy.RejectTo.ToString(),
        };
        if (policy.FieldPermissions.Count > 0)
            result[FieldPermissions] = JsonSerializer.Serialize(policy.FieldPermissions.ToDictionary(p => p.Field, p => Token(p.Access)), Json);
        if (policy.Timeouts.Count > 0)
            result[Timeouts] = JsonSerializer.Serialize(policy.Timeouts.Select(t => new { duration = t.IsoDuration, action = Token(t.Action), repeat = t.Repeat }), Json);
        return result;
    }

    static string Token<T>(T value) where T : struct, Enum
    {
        var name = value.ToString();
        return char.ToLowerInvariant(name[0]) + name[1..];
    }
}
