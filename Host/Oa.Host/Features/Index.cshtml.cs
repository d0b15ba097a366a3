using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Oa.Host.Features.Org;
using Oa.Host.Identity;

namespace Oa.Host.Features;

public sealed class IndexModel(UserManager<AppUser> users, OrgCache org) : PageModel
{
    public string DisplayName { get; private set; } = "";
    public string Department { get; private set; } = "";
    public IList<string> Roles { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var user = await users.GetUserAsync(User);
        if (user is null) return;
        DisplayName = user.DisplayName;
        Department = (await org.GetAsync(ct)).DepartmentPath(user.DepartmentId);
        Roles = await users.GetRolesAsync(user);
    }
}
