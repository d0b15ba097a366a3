namespace Oa.Workflows.Runtime;

// What a migration would do to one instance: each occupied element and where it goes, and what stops it.
public sealed record MigrationPlan(IReadOnlyList<MigrationMove> Moves, IReadOnlyList<string> Blockers)
{
    public bool CanMigrate => Blockers.Count == 0;
}

// One occupied source element; Tokens counts the active paths there (0 when only a task, timer… points at it).
public sealed record MigrationMove(string From, string? FromName, string To, string? ToName, string BpmnType, int Tokens);
