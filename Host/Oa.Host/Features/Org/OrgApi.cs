using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Oa.Host.Data;
using Oa.Host.Identity;

namespace Oa.Host.Features.Org;

/// <summary>/api/org: pickers for every signed-in user, administration for admins.</summary>
public static class OrgApi
{
    public static void MapOrgApi(this IEndpointRouteBuilder app)
    {
        var org = app.MapGroup("/api/org").WithTags("Organisation");
        org.MapGet("/users", SearchUsers);
        org.MapGet("/users/{userName}", GetUser);
        org.MapGet("/departments", SearchDepartments);
        org.MapGet("/departments/{id}", GetDepartment);
        org.MapGet("/roles", ListRoles);

        var admin = org.MapGroup("").RequireAuthorization(Policies.Admin);
        admin.MapPost("/users", CreateUser);
        admin.MapPut("/users/{userName}", UpdateUser);
        admin.MapPut("/users/{userName}/roles", SetRoles);
        admin.MapPost("/users/{userName}/deactivate", Deactivate);
        admin.MapPost("/departments", CreateDepartment);
        admin.MapPut("/departments/{id}", UpdateDepartment);
        admin.MapDelete("/departments/{id}", DeleteDepartment);
        admin.MapGet("/export", OrgExcel.Export);
        admin.MapPost("/import", OrgExcel.Import).DisableAntiforgery();
    }

    // names=a,b: the pickers' batch look-up of the accounts a model already names, to show names rather than ids in chips.
    // Unlike a search it includes deactivated accounts, so a rule naming a leaver shows who it is (with active=false).
    private static async Task<Ok<List<UserSummary>>> SearchUsers(OrgCache cache, string? q, string? departmentId, int? take, string? names, CancellationToken ct)
    {
        var org = await cache.GetAsync(ct);
        var wanted = names?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var query = wanted is null ? org.Users.Where(u => u.Active) : org.Users.Where(u => wanted.Contains(u.UserName));
        if (!string.IsNullOrWhiteSpace(q))
            query = query.Where(u => u.UserName.Contains(q, StringComparison.OrdinalIgnoreCase) || u.DisplayName.Contains(q, StringComparison.OrdinalIgnoreCase));
        if (departmentId is not null) query = query.Where(u => u.DepartmentId == departmentId);
        var list = query.OrderBy(u => u.UserName, StringComparer.Ordinal).Take(Math.Clamp(take ?? wanted?.Count ?? 20, 1, 200))
            .Select(u => new UserSummary(u.UserName, u.DisplayName, u.DepartmentId, org.DepartmentPath(u.DepartmentId), u.Active)).ToList();
        return TypedResults.Ok(list);
    }

    /// <summary>Admins and the user themselves see the full record; everybody else the public card.</summary>
    private static async Task<Results<Ok<UserDetail>, Ok<UserSummary>, NotFound>> GetUser(
        string userName, ClaimsPrincipal me, UserManager<AppUser> users, OrgCache cache, CancellationToken ct)
    {
        var user = await users.FindByNameAsync(userName);
        if (user is null) return TypedResults.NotFound();
        var org = await cache.GetAsync(ct);
        if (!me.IsAdmin() && !string.Equals(me.UserName(), user.UserName, StringComparison.OrdinalIgnoreCase))
            return TypedResults.Ok(new UserSummary(user.UserName!, user.DisplayName, user.DepartmentId, org.DepartmentPath(user.DepartmentId), user.Active));
        return TypedResults.Ok(await DetailAsync(user, users, org));
    }

    private static async Task<Ok<List<DepartmentView>>> SearchDepartments(OrgCache cache, string? q, CancellationToken ct)
    {
        var org = await cache.GetAsync(ct);
        var list = org.Departments
            .Where(d => string.IsNullOrWhiteSpace(q) || d.Name.Contains(q, StringComparison.OrdinalIgnoreCase) || d.Id.Contains(q, StringComparison.OrdinalIgnoreCase))
            .Select(d => new DepartmentView(d.Id, d.Name, org.DepartmentPath(d.Id), d.ParentId, null, d.HeadUserName, d.LeaderUserName, 0))
            .OrderBy(d => d.Path, StringComparer.Ordinal).ToList();
        return TypedResults.Ok(list);
    }

    private static async Task<Results<Ok<DepartmentView>, NotFound>> GetDepartment(string id, OaDbContext db, OrgCache cache, CancellationToken ct)
    {
        var d = await db.Departments.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct);
        if (d is null) return TypedResults.NotFound();
        var org = await cache.GetAsync(ct);
        return TypedResults.Ok(new DepartmentView(d.Id, d.Name, org.DepartmentPath(d.Id), d.ParentId, d.Code, d.HeadUserName, d.LeaderUserName, d.SortOrder));
    }

    private static async Task<Ok<List<RoleView>>> ListRoles(OaDbContext db, CancellationToken ct)
    {
        var roles = await db.Roles.AsNoTracking()
            .Select(r => new RoleView(r.Name!, r.IsBusinessRole, r.Description, db.UserRoles.Count(ur => ur.RoleId == r.Id)))
            .ToListAsync(ct);
        return TypedResults.Ok(roles.OrderBy(r => r.IsBusinessRole).ThenBy(r => r.Name, StringComparer.Ordinal).ToList());
    }

    private static async Task<Results<Created<UserDetail>, ValidationProblem>> CreateUser(
        UserInput input, OrgService service, UserManager<AppUser> users, OrgCache cache, CancellationToken ct)
    {
        var (user, errors) = await service.CreateUserAsync(input, ct);
        if (user is null) return errors.ToResult();
        return TypedResults.Created($"/api/org/users/{user.UserName}", await DetailAsync(user, users, await cache.GetAsync(ct)));
    }

    private static async Task<Results<Ok<UserDetail>, NotFound, ValidationProblem>> UpdateUser(
        string userName, UserInput input, OrgService service, UserManager<AppUser> users, OrgCache cache, CancellationToken ct)
    {
        var user = await users.FindByNameAsync(userName);
        if (user is null) return TypedResults.NotFound();
        var errors = await service.UpdateUserAsync(user, input, ct);
        if (errors.Any) return errors.ToResult();
        return TypedResults.Ok(await DetailAsync(user, users, await cache.GetAsync(ct)));
    }

    private static async Task<Results<NoContent, NotFound, ValidationProblem>> SetRoles(
        string userName, RolesInput input, OrgService service, UserManager<AppUser> users, CancellationToken ct)
    {
        var user = await users.FindByNameAsync(userName);
        if (user is null) return TypedResults.NotFound();
        var errors = await service.SetRolesAsync(user, input.Roles ?? [], ct);
        return errors.Any ? errors.ToResult() : TypedResults.NoContent();
    }

    private static async Task<Results<Ok<DeactivateResult>, NotFound>> Deactivate(string userName, ClaimsPrincipal me, OrgService service, UserManager<AppUser> users, CancellationToken ct)
    {
        var user = await users.FindByNameAsync(userName);
        if (user is null) return TypedResults.NotFound();
        return TypedResults.Ok(new DeactivateResult(await service.DeactivateAsync(user, me.UserName(), ct)));
    }

    public sealed record DeactivateResult(string? TasksMovedTo);

    private static async Task<Results<Created, ValidationProblem>> CreateDepartment(DepartmentInput input, OrgService service, CancellationToken ct)
    {
        var errors = await service.SaveDepartmentAsync(null, input, ct);
        return errors.Any ? errors.ToResult() : TypedResults.Created($"/api/org/departments/{input.Id}");
    }

    private static async Task<Results<NoContent, NotFound, ValidationProblem>> UpdateDepartment(string id, DepartmentInput input, OaDbContext db, OrgService service, CancellationToken ct)
    {
        var d = await db.Departments.FirstOrDefaultAsync(x => x.Id == id, ct);
        if (d is null) return TypedResults.NotFound();
        var errors = await service.SaveDepartmentAsync(d, input, ct);
        return errors.Any ? errors.ToResult() : TypedResults.NoContent();
    }

    private static async Task<Results<NoContent, NotFound, ProblemHttpResult>> DeleteDepartment(string id, OaDbContext db, OrgService service, CancellationToken ct)
    {
        var d = await db.Departments.FirstOrDefaultAsync(x => x.Id == id, ct);
        if (d is null) return TypedResults.NotFound();
        var reason = await service.DeleteDepartmentAsync(d, ct);
        return reason is null ? TypedResults.NoContent() : TypedResults.Problem(reason, title: "部门不能删除 (department cannot be deleted)", statusCode: 409);
    }

    internal static async Task<UserDetail> DetailAsync(AppUser u, UserManager<AppUser> users, OrgSnapshot org) =>
        new(u.UserName!, u.DisplayName, u.EmployeeNo, u.DepartmentId, org.DepartmentPath(u.DepartmentId), u.PositionId, u.ManagerUserName,
            u.Region, u.Location.ToString(), u.DailyWage, u.HireDate, u.Active, u.Email, u.PhoneNumber, [.. await users.GetRolesAsync(u)]);
}
