using Microsoft.AspNetCore.Mvc;

namespace Oa.Host.Features.Reports;

/// <summary>The 团队看板 block on 工作台; renders nothing for someone who heads no department.</summary>
public sealed class ManagerDashboardViewComponent(ManagerDashboard dashboard) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var figures = await dashboard.ForAsync(UserClaimsPrincipal, HttpContext.RequestAborted);
        return figures is null ? Content("") : View("~/Features/Reports/_ManagerDashboard.cshtml", figures);
    }
}
