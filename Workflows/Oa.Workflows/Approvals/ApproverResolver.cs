using Oa.Workflows.Ports;

namespace Oa.Workflows.Approvals;

// Pure: rules → user names through IOrgDirectory, then the policies in DingTalk's order:
// approver-is-initiator, duplicate dedup, no-approver. Order is stable (rule order, then within a rule),
// duplicates and inactive or unknown users are dropped.
public sealed partial class ApproverResolver(IOrgDirectory org)
{
    public ApproverResolution Resolve(ApprovalPolicy policy, ResolutionContext ctx)
    {
        var notes = new List<string>();
        var found = ResolveRules(policy.Approvers, ctx, notes);
        var approvers = ApplySelfApprover(policy.SelfApprover, found, ctx.Initiator, notes);
        approvers = ApplyDedup(policy.Dedup, approvers, ctx, notes);
        if (approvers.Count > 0) return new(approvers, false, null, notes);

        // Everyone found was skipped (self or dedup): the node counts as passed, as in DingTalk and yudao.
        if (found.Count > 0) return new([], true, ApproverResolution.Approve, notes);

        notes.Add($"no approver found; noApprover={policy.NoApprover}");
        return policy.NoApprover switch
        {
            NoApproverPolicy.AutoApprove => new([], true, ApproverResolution.Approve, notes),
            NoApproverPolicy.Reject => new([], true, ApproverResolution.Reject, notes),
            NoApproverPolicy.Assign => Fallback(policy.NoApproverUsers, "noApproverUser", notes),
            _ => Fallback(ctx.ProcessAdmins ?? [], "process admins", notes),
        };
    }

    public IReadOnlyList<string> ResolveCc(ApprovalPolicy policy, ResolutionContext ctx) =>
        ResolveRules(policy.Cc, ctx, []);

    List<string> ResolveRules(IEnumerable<ApproverRule> rules, ResolutionContext ctx, List<string> notes)
    {
        var result = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var rule in rules)
            foreach (var user in Candidates(rule, ctx, notes))
                if (seen.Add(user) && IsActive(user, notes)) result.Add(user);
        return result;
    }

    // Left unassigned when even the fallback is empty: the host lists such tasks for admins to repair,
    // which is safer than approving or rejecting on nobody's word.
    ApproverResolution Fallback(IReadOnlyList<string> users, string what, List<string> notes)
    {
        var active = users.Distinct().Where(u => IsActive(u, notes)).ToList();
        if (active.Count == 0) notes.Add($"no active user among the {what}; the task is left unassigned");
        return new(active, false, null, notes);
    }

    List<string> ApplySelfApprover(SelfApproverPolicy policy, List<string> approvers, string? initiator, List<string> notes)
    {
        var at = initiator is null ? -1 : approvers.IndexOf(initiator);
        if (at < 0 || policy == SelfApproverPolicy.Approve) return approvers;
        var result = approvers.ToList();
        result.RemoveAt(at);
        if (policy == SelfApproverPolicy.Skip)
        {
            notes.Add($"initiator {initiator} skipped as approver");
            return result;
        }
        var head = HeadChain(initiator!).FirstOrDefault();
        if (head is null) notes.Add($"initiator {initiator} has no head to hand over to; skipped");
        else
        {
            notes.Add($"initiator {initiator} replaced by head {head}");
            if (!result.Contains(head)) result.Insert(at, head);
        }
        return result;
    }

    static List<string> ApplyDedup(DedupPolicy policy, List<string> approvers, ResolutionContext ctx, List<string> notes)
    {
        var earlier = ctx.EarlierApprovers ?? [];
        if (policy == DedupPolicy.None || earlier.Count == 0) return approvers;
        var seen = policy == DedupPolicy.Any ? earlier.SelectMany(a => a).ToHashSet() : earlier[^1].ToHashSet();
        var kept = approvers.Where(a => !seen.Contains(a)).ToList();
        foreach (var dropped in approvers.Except(kept)) notes.Add($"{dropped} already approved earlier; dedup={policy}");
        return kept;
    }

    bool IsActive(string user, List<string> notes)
    {
        switch (org.GetUser(user))
        {
            case null: notes.Add($"unknown user {user} skipped"); return false;
            case { Active: false }: notes.Add($"inactive user {user} skipped"); return false;
            default: return true;
        }
    }
}
