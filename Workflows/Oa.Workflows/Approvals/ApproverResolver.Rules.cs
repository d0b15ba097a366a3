namespace Oa.Workflows.Approvals;

public sealed partial class ApproverResolver
{
    IEnumerable<string> Candidates(ApproverRule rule, ResolutionContext ctx, List<string> notes)
    {
        var initiator = ctx.Initiator;
        switch (rule.Type)
        {
            case ApproverRuleType.User:
                return Names(rule.Values, ctx, notes);
            case ApproverRuleType.Role:
                return Names(rule.Values, ctx, notes).SelectMany(org.MembersOfRole);
            case ApproverRuleType.Initiator:
                return initiator is null ? [] : [initiator];
            case ApproverRuleType.DeptHead:
                return rule.Departments is { Count: > 0 } depts
                    ? depts.SelectMany(d => HeadsFrom(d, exclude: null).Skip(rule.Level - 1).Take(1))
                    : InitiatorHeads(initiator).Skip(rule.Level - 1).Take(1);
            case ApproverRuleType.DeptMembers:
                return (rule.Departments ?? []).Concat(Names(rule.Values, ctx, notes))
                    .SelectMany(d => org.MembersOfDepartment(d, rule.IncludeChildren));
            case ApproverRuleType.HeadChain:
                return ChainUpTo(InitiatorHeads(initiator), rule.ToLevel, rule.ToRole);
            case ApproverRuleType.Leader:
                return rule.Departments is { Count: > 0 } leaderDepts
                    ? leaderDepts.SelectMany(d => LeaderFrom(d).Take(1))
                    : (initiator is null ? [] : LeaderOf(initiator)).Take(1);
            case ApproverRuleType.Supervisor:
                return initiator is null ? [] : Supervisor(initiator, rule.Level);
            case ApproverRuleType.InitiatorSelect:
                return ApproverValues.Users(Variable(ctx, rule.Variable ?? $"{ctx.TaskId}_approvers"));
            case ApproverRuleType.FormUser:
                return ApproverValues.Users(Variable(ctx, rule.Field!));
            case ApproverRuleType.FormDept:
                return ApproverValues.Users(Variable(ctx, rule.Field!)).SelectMany(d => rule.DeptTarget switch
                {
                    DeptTarget.Members => org.MembersOfDepartment(d, rule.IncludeChildren),
                    DeptTarget.Leader => LeaderFrom(d).Take(1),
                    _ => HeadsFrom(d, exclude: null).Take(1),
                });
            case ApproverRuleType.Expression:
                return Names(rule.Values, ctx, notes);
            default:
                throw new InvalidOperationException($"approver type {rule.Type} has no resolver");
        }
    }

    IEnumerable<string> InitiatorHeads(string? initiator) => initiator is null ? [] : HeadChain(initiator);

    // Literal names as they are; "=FEEL" values evaluated to a name or a list of names.
    static IEnumerable<string> Names(IReadOnlyList<string> values, ResolutionContext ctx, List<string> notes)
    {
        foreach (var value in values)
        {
            if (!value.StartsWith('='))
            {
                yield return value;
                continue;
            }
            if (ctx.Evaluate is null)
            {
                notes.Add($"no FEEL evaluator for '{value}'");
                continue;
            }
            var (result, error) = ctx.Evaluate(value[1..]);
            if (error is not null) notes.Add($"FEEL '{value}' failed: {error}");
            else foreach (var name in ApproverValues.Users(result)) yield return name;
        }
    }

    // "a.b" walks into objects so a form group's field (applicant.user) can be used.
    static object? Variable(ResolutionContext ctx, string path)
    {
        var parts = path.Split('.');
        if (!ctx.Variables.TryGetValue(parts[0], out var json)) return null;
        object? value = json;
        foreach (var part in parts.Skip(1)) value = ApproverValues.Member(value, part);
        return value;
    }
}
