using Oa.Workflows.Runtime;

namespace Oa.Host.Features.Admin.Instances;

/// <summary>迁移: move the open instances of one version to another. Mapping is old element id → new element id
/// (left out = same id). InstanceIds narrows the set; After/BatchSize page through it (the report's Next).</summary>
public sealed record MigrationRequest(string? ProcessKey, int? SourceVersion, int? TargetVersion, Dictionary<string, string>? Mapping = null,
    IReadOnlyList<string>? InstanceIds = null, string? After = null, int? BatchSize = null, string? Reason = null);

public sealed record MigrationElement(string Id, string? Name, string Type);

/// <summary>What the mapping page needs: both versions' elements and the mapping pre-filled by equal ids of the same kind.</summary>
public sealed record MigrationSetup(string ProcessKey, int SourceVersion, int TargetVersion, IReadOnlyList<MigrationElement> Source,
    IReadOnlyList<MigrationElement> Target, IReadOnlyDictionary<string, string> Mapping, int OpenInstances);

public sealed record MigrationInstanceReport(string Id, string? SerialNo, string Title, string Status, bool CanMigrate, bool Migrated,
    IReadOnlyList<MigrationMove> Moves, IReadOnlyList<string> Blockers);

/// <summary>One batch: Next is the cursor for the following batch, null when this was the last.</summary>
public sealed record MigrationReport(bool DryRun, int Checked, int Migratable, int Migrated, int Blocked,
    IReadOnlyList<MigrationInstanceReport> Instances, string? Next);

public sealed record MigrationDone(MigrationReport Report) : InstanceAdministration.Outcome;

public sealed record MigrationReady(MigrationSetup Setup) : InstanceAdministration.Outcome;
