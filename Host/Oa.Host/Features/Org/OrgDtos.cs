namespace Oa.Host.Features.Org;

public sealed record UserSummary(string UserName, string DisplayName, string? DepartmentId, string Department, bool Active);

public sealed record UserDetail(
    string UserName, string DisplayName, string? EmployeeNo, string? DepartmentId, string Department, string? PositionId,
    string? ManagerUserName, string? Region, string Location, decimal DailyWage, DateOnly? HireDate, bool Active,
    string? Email, string? PhoneNumber, IReadOnlyList<string> Roles);

public sealed record UserInput(
    string? UserName, string? DisplayName, string? Password, string? EmployeeNo, string? DepartmentId, string? PositionId,
    string? ManagerUserName, string? Region, string? Location, decimal? DailyWage, DateOnly? HireDate,
    string? Email, string? PhoneNumber, IReadOnlyList<string>? Roles);

public sealed record DepartmentView(string Id, string Name, string Path, string? ParentId, string? Code, string? HeadUserName, string? LeaderUserName, int SortOrder);

public sealed record DepartmentInput(string? Id, string? Name, string? ParentId, string? Code, string? HeadUserName, string? LeaderUserName, int? SortOrder);

public sealed record RolesInput(IReadOnlyList<string>? Roles);

public sealed record RoleView(string Name, bool IsBusinessRole, string? Description, int Members);
