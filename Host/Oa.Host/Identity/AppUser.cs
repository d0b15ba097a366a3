using Microsoft.AspNetCore.Identity;

namespace Oa.Host.Identity;

/// <summary>An employee. The user name (pinyin, e.g. "zhangsan") is the identity the engine and the inbox use.</summary>
public sealed class AppUser : IdentityUser
{
    public string DisplayName { get; set; } = "";
    public string? EmployeeNo { get; set; }
    public string? DepartmentId { get; set; }
    public string? PositionId { get; set; }
    /// <summary>Direct supervisor when it differs from the department head.</summary>
    public string? ManagerUserName { get; set; }
    /// <summary>Service region (e.g. 京津冀鲁) for on-site staff.</summary>
    public string? Region { get; set; }
    public WorkLocation Location { get; set; } = WorkLocation.Headquarters;
    /// <summary>日工资: absence penalties are multiples of it.</summary>
    public decimal DailyWage { get; set; }
    public DateOnly? HireDate { get; set; }
    public bool Active { get; set; } = true;
    /// <summary>"zh-CN" or "en"; null follows the browser.</summary>
    public string? Language { get; set; }
}
