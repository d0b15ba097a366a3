using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Oa.Host.Data;
using Oa.Host.Features.Shared;
using Oa.Host.Identity;

namespace Oa.Host.Features.Org;

/// <summary>
/// Writes to the organisation (users, departments, roles) for the API, the CLI, Excel import and demo data alike.
/// Each write validates first, commits in one transaction and bumps the org stamp so every cache rebuilds.
/// </summary>
public sealed class OrgService(OaDbContext db, UserManager<AppUser> users, RoleManager<AppRole> roles, OrgCache cache)
{
    public async Task<(AppUser? User, FieldErrors Errors)> CreateUserAsync(UserInput input, CancellationToken ct)
    {
        var errors = new FieldErrors()
            .Require("userName", input.UserName, "用户名")
            .Require("displayName", input.DisplayName, "姓名")
            .Require("password", input.Password, "密码");
        await ValidateReferencesAsync(input, errors, ct);
        if (input.UserName is not null && await users.FindByNameAsync(input.UserName) is not null)
            errors.Add("userName", $"用户名已存在 (user name '{input.UserName}' is taken)");
        if (errors.Any) return (null, errors);

        var user = new AppUser { UserName = input.UserName!.Trim() };
        Apply(user, input);
        await using var tx = await BeginAsync(ct);
        var result = await users.CreateAsync(user, input.Password!);
        if (!result.Succeeded) return (null, IdentityErrors(result, "password"));
        if (input.Roles is { Count: > 0 }) await users.AddToRolesAsync(user, input.Roles);
        await CommitAsync(tx, ct);
        return (user, errors);
    }

    public async Task<FieldErrors> UpdateUserAsync(AppUser user, UserInput input, CancellationToken ct)
    {
        var errors = new FieldErrors().Require("displayName", input.DisplayName, "姓名");
        await ValidateReferencesAsync(input, errors, ct);
        if (input.ManagerUserName is not null && string.Equals(input.ManagerUserName, user.UserName, StringComparison.OrdinalIgnoreCase))
            errors.Add("managerUserName", "直属上级不能是本人 (a user cannot manage themselves)");
        if (errors.Any) return errors;
        Apply(user, input);
        await using var tx = await BeginAsync(ct);
        var result = await users.UpdateAsync(user);
        if (!result.Succeeded) return IdentityErrors(result, "userName");
        if (input.Roles is not null) await SetRolesInTransactionAsync(user, input.Roles);
        await CommitAsync(tx, ct);
        return errors;
    }

    public async Task<FieldErrors> SetRolesAsync(AppUser user, IReadOnlyList<string> roleNames, CancellationToken ct)
    {
        var errors = await ValidateRolesAsync(roleNames, new FieldErrors(), ct);
        if (errors.Any) return errors;
        await using var tx = await BeginAsync(ct);
        await SetRolesInTransactionAsync(user, roleNames);
        await CommitAsync(tx, ct);
        return errors;
    }

    /// <summary>
    /// A leaver: sign-in stops at once, and their open tasks move to their manager (direct manager, else the nearest
    /// department head who is not them), each with a history entry, so no request waits for someone who is gone.
    /// </summary>
    public async Task<string?> DeactivateAsync(AppUser user, string? actor, CancellationToken ct)
    {
        await using var tx = await BeginAsync(ct);
        user.Active = false;
        var successor = await SuccessorOfAsync(user, ct);
        var open = await db.Tasks.Where(t => t.Assignee == user.UserName && t.Status == Data.Engine.WorkTaskStatus.Open).ToListAsync(ct);
        foreach (var task in successor is null ? [] : open)
        {
            task.Assignee = successor;
            db.History.Add(new Data.Engine.HistoryRecord
            {
                InstanceId = task.InstanceId, Type = "TaskReassigned", ElementId = task.ElementId, ElementName = task.Name, UserName = actor,
                At = DateTimeOffset.UtcNow, Data = System.Text.Json.JsonSerializer.Serialize(new { taskId = task.Id, from = user.UserName, to = successor, reason = "deactivated" }),
            });
        }
        await db.TaskCandidates.Where(c => c.Kind == Data.Engine.CandidateKind.User && c.Value == user.UserName).ExecuteDeleteAsync(ct);
        await db.SaveChangesAsync(ct);
        // A deactivated user must not keep signing in with an old cookie or token.
        await users.UpdateSecurityStampAsync(user);
        await db.AccessTokens.Where(t => t.UserId == user.Id && t.RevokedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.RevokedAt, DateTimeOffset.UtcNow), ct);
        await CommitAsync(tx, ct);
        return successor;
    }

    private async Task<string?> SuccessorOfAsync(AppUser user, CancellationToken ct)
    {
        if (user.ManagerUserName is { } manager && await db.Users.AnyAsync(u => u.UserName == manager && u.Active, ct)) return manager;
        var parents = await db.Departments.AsNoTracking().ToDictionaryAsync(d => d.Id, ct);
        for (var id = user.DepartmentId; id is not null && parents.TryGetValue(id, out var d); id = d.ParentId)
            if (d.HeadUserName is { } head && head != user.UserName && await db.Users.AnyAsync(u => u.UserName == head && u.Active, ct)) return head;
        return null;
    }

    public async Task<FieldErrors> SaveDepartmentAsync(Department? existing, DepartmentInput input, CancellationToken ct)
    {
        var errors = new FieldErrors().Require("name", input.Name, "部门名称");
        var id = existing?.Id ?? input.Id?.Trim();
        if (existing is null)
        {
            errors.Require("id", id, "部门编号");
            if (id is not null && await db.Departments.AnyAsync(d => d.Id == id, ct)) errors.Add("id", $"部门编号已存在 (department '{id}' exists)");
        }
        if (input.ParentId is not null)
        {
            if (!await db.Departments.AnyAsync(d => d.Id == input.ParentId, ct)) errors.Add("parentId", "上级部门不存在 (unknown parent department)");
            else if (id is not null && await IsDescendantOrSelfAsync(input.ParentId, id, ct)) errors.Add("parentId", "不能把部门移到自己下面 (a department cannot be its own ancestor)");
        }
        foreach (var (field, name) in new[] { ("headUserName", input.HeadUserName), ("leaderUserName", input.LeaderUserName) })
            if (name is not null && await users.FindByNameAsync(name) is null) errors.Add(field, $"用户不存在 (unknown user '{name}')");
        if (errors.Any) return errors;

        var d = existing ?? db.Departments.Add(new Department { Id = id! }).Entity;
        d.Name = input.Name!.Trim();
        d.ParentId = input.ParentId;
        d.Code = input.Code;
        d.HeadUserName = input.HeadUserName;
        d.LeaderUserName = input.LeaderUserName;
        d.SortOrder = input.SortOrder ?? d.SortOrder;
        await using var tx = await BeginAsync(ct);
        await db.SaveChangesAsync(ct);
        await CommitAsync(tx, ct);
        return errors;
    }

    /// <summary>Removes an empty department; one with members or sub-departments answers with a reason instead.</summary>
    public async Task<string?> DeleteDepartmentAsync(Department d, CancellationToken ct)
    {
        if (await db.Departments.AnyAsync(x => x.ParentId == d.Id, ct)) return "部门下还有子部门 (the department has sub-departments)";
        if (await db.Users.AnyAsync(u => u.DepartmentId == d.Id && u.Active, ct)) return "部门下还有在职员工 (the department has active members)";
        await using var tx = await BeginAsync(ct);
        db.Departments.Remove(d);
        await db.SaveChangesAsync(ct);
        await CommitAsync(tx, ct);
        return null;
    }

    public async Task EnsureRoleAsync(string name, bool business, string? description = null)
    {
        if (!await roles.RoleExistsAsync(name)) await roles.CreateAsync(new AppRole(name, business, description));
    }

    /// <summary>Starts a transaction unless the caller (e.g. an all-or-nothing import) already holds one.</summary>
    private async Task<IDbContextTransaction?> BeginAsync(CancellationToken ct) =>
        db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;

    private async Task CommitAsync(IDbContextTransaction? tx, CancellationToken ct)
    {
        await db.BumpAsync(ChangeStamps.Org, ct);
        if (tx is not null) await tx.CommitAsync(ct);
        cache.Invalidate();
    }

    private async Task SetRolesInTransactionAsync(AppUser user, IReadOnlyList<string> roleNames)
    {
        var current = await users.GetRolesAsync(user);
        await users.RemoveFromRolesAsync(user, current.Except(roleNames));
        await users.AddToRolesAsync(user, roleNames.Except(current));
    }

    private async Task ValidateReferencesAsync(UserInput input, FieldErrors errors, CancellationToken ct)
    {
        if (input.DepartmentId is not null && !await db.Departments.AnyAsync(d => d.Id == input.DepartmentId, ct))
            errors.Add("departmentId", "部门不存在 (unknown department)");
        if (input.ManagerUserName is not null && await users.FindByNameAsync(input.ManagerUserName) is null)
            errors.Add("managerUserName", "直属上级不存在 (unknown manager)");
        if (input.Location is not null && !Enum.TryParse<WorkLocation>(input.Location, true, out _))
            errors.Add("location", "工作地点应为 Headquarters 或 OnSite (location must be Headquarters or OnSite)");
        if (input.DailyWage is < 0) errors.Add("dailyWage", "日工资不能为负 (daily wage cannot be negative)");
        if (input.Roles is not null) await ValidateRolesAsync(input.Roles, errors, ct);
    }

    private async Task<FieldErrors> ValidateRolesAsync(IReadOnlyList<string> roleNames, FieldErrors errors, CancellationToken ct)
    {
        var known = await db.Roles.Select(r => r.Name!).ToListAsync(ct);
        foreach (var r in roleNames.Except(known)) errors.Add("roles", $"角色不存在 (unknown role '{r}')");
        return errors;
    }

    private async Task<bool> IsDescendantOrSelfAsync(string candidateId, string ancestorId, CancellationToken ct)
    {
        var parents = await db.Departments.AsNoTracking().ToDictionaryAsync(d => d.Id, d => d.ParentId, ct);
        for (var id = candidateId; id is not null; id = parents.GetValueOrDefault(id))
            if (id == ancestorId) return true;
        return false;
    }

    private static void Apply(AppUser user, UserInput input)
    {
        user.DisplayName = input.DisplayName!.Trim();
        user.EmployeeNo = string.IsNullOrWhiteSpace(input.EmployeeNo) ? null : input.EmployeeNo.Trim();
        user.DepartmentId = input.DepartmentId;
        user.PositionId = input.PositionId;
        user.ManagerUserName = input.ManagerUserName;
        user.Region = input.Region;
        if (input.Location is not null) user.Location = Enum.Parse<WorkLocation>(input.Location, true);
        user.DailyWage = input.DailyWage ?? user.DailyWage;
        user.HireDate = input.HireDate ?? user.HireDate;
        user.Email = input.Email;
        user.PhoneNumber = input.PhoneNumber;
    }

    private static FieldErrors IdentityErrors(IdentityResult result, string field)
    {
        var errors = new FieldErrors();
        foreach (var e in result.Errors) errors.Add(e.Code.StartsWith("Password", StringComparison.Ordinal) ? "password" : field, e.Description);
        return errors;
    }
}
