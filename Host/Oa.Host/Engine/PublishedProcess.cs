using Oa.Forms.Permissions;
using Oa.Workflows.Approvals;
using Oa.Workflows.Model;

namespace Oa.Host.Engine;

/// <summary>A deployed process version as the host needs it: the engine model plus its <c>oa:process</c> settings.</summary>
/// <param name="StartPermissions">The applicant's view of the start form: <c>oa:fieldPermission</c> on the start event
/// (e.g. HR-only fields hidden), editable by default.</param>
public sealed record PublishedProcess(long RecordId, string Key, int Version, string Name, string? FormId, ProcessDefinition Definition, ProcessSettings Settings,
    FieldPermissions StartPermissions)
{
    public string? Category => Settings.Category;
}
