using Oa.Workflows.Approvals;
using Oa.Workflows.Model;

namespace Oa.Host.Engine;

/// <summary>A deployed process version as the host needs it: the engine model plus its <c>oa:process</c> settings.</summary>
public sealed record PublishedProcess(long RecordId, string Key, int Version, string Name, string? FormId, ProcessDefinition Definition, ProcessSettings Settings)
{
    public string? Category => Settings.Category;
}
