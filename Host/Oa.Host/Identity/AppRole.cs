using Microsoft.AspNetCore.Identity;

namespace Oa.Host.Identity;

/// <summary>
/// System roles (admin, process-admin) and business roles (财务, 法务, 内勤, …). Business roles double as
/// candidate groups of user tasks, so their names are what BPMN models refer to.
/// </summary>
public sealed class AppRole : IdentityRole
{
    public AppRole() { }

    public AppRole(string name, bool isBusinessRole, string? description = null) : base(name)
    {
        IsBusinessRole = isBusinessRole;
        Description = description;
    }

    public bool IsBusinessRole { get; set; }
    public string? Description { get; set; }
}
