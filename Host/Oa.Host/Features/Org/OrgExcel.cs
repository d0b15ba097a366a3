using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using MiniExcelLibs;
using Oa.Host.Identity;

namespace Oa.Host.Features.Org;

/// <summary>
/// Organisation export and import as an .xlsx with one user per row. Import is all-or-nothing: every row is
/// validated first and any error returns the row numbers with reasons, without writing anything.
/// </summary>
public static class OrgExcel
{
    public sealed class Row
    {
        public string? 用户名 { get; set; }
        public string? 姓名 { get; set; }
        public string? 工号 { get; set; }
        public string? 部门编号 { get; set; }
        public string? 直属上级 { get; set; }
        public string? 区域 { get; set; }
        public string? 工作地点 { get; set; }
        public decimal? 日工资 { get; set; }
        public string? 入职日期 { get; set; }
        public string? 角色 { get; set; }
        public string? 初始密码 { get; set; }
    }

    public static async Task<FileContentHttpResult> Export(OrgCache cache, UserManager<AppUser> users, CancellationToken ct)
    {
        var rows = new List<Row>();
        foreach (var u in users.Users.Where(u => u.Active).OrderBy(u => u.UserName).ToList())
        {
            rows.Add(new Row
            {
                用户名 = u.UserName, 姓名 = u.DisplayName, 工号 = u.EmployeeNo, 部门编号 = u.DepartmentId, 直属上级 = u.ManagerUserName,
                区域 = u.Region, 工作地点 = u.Location == WorkLocation.OnSite ? "驻地" : "总部", 日工资 = u.DailyWage,
                入职日期 = u.HireDate?.ToString("yyyy-MM-dd"), 角色 = string.Join(",", await users.GetRolesAsync(u)),
            });
        }
        using var ms = new MemoryStream();
        await ms.SaveAsAsync(rows, cancellationToken: ct);
        return TypedResults.File(ms.ToArray(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "org-users.xlsx");
    }

    public static async Task<Results<Ok<ImportResult>, ValidationProblem>> Import(IFormFile file, OrgService service, UserManager<AppUser> users, Data.OaDbContext db, CancellationToken ct)
    {
        if (file.Length == 0 || file.Length > 5 * 1024 * 1024 || !file.FileName.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase))
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["file"] = ["请上传 5MB 以内的 .xlsx 文件 (an .xlsx of at most 5 MB is required)"] });
        List<Row> rows;
        try
        {
            await using var stream = file.OpenReadStream();
            rows = (await stream.QueryAsync<Row>(cancellationToken: ct)).ToList();
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Not a workbook (a renamed file, a truncated upload): the reader's exception is the caller's mistake, not a 500.
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["file"] = ["文件无法读取，请确认是有效的 .xlsx (the file is not a readable .xlsx)"] });
        }

        var inputs = new List<(int Line, UserInput Input, bool Exists)>();
        var errors = new Dictionary<string, string[]>();
        for (var i = 0; i < rows.Count; i++)
        {
            var r = rows[i];
            var line = i + 2; // header is row 1
            DateOnly? hire = null;
            if (!string.IsNullOrWhiteSpace(r.入职日期))
            {
                if (DateOnly.TryParse(r.入职日期, out var d)) hire = d;
                else errors[$"rows[{line}].入职日期"] = ["日期格式应为 yyyy-MM-dd (date must be yyyy-MM-dd)"];
            }
            var exists = r.用户名 is not null && await users.FindByNameAsync(r.用户名) is not null;
            var input = new UserInput(r.用户名, r.姓名, exists ? null : r.初始密码, r.工号, r.部门编号, null, r.直属上级, r.区域,
                r.工作地点 == "驻地" ? "OnSite" : "Headquarters", r.日工资, hire, null, null,
                r.角色?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
            inputs.Add((line, input, exists));
        }
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors);

        int created = 0, updated = 0;
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        foreach (var (line, input, exists) in inputs)
        {
            var fieldErrors = exists
                ? await service.UpdateUserAsync((await users.FindByNameAsync(input.UserName!))!, input, ct)
                : (await service.CreateUserAsync(input, ct)).Errors;
            if (fieldErrors.Any)
                return TypedResults.ValidationProblem(fieldErrors.ToDictionary().ToDictionary(e => $"rows[{line}].{e.Key}", e => e.Value));
            if (exists) updated++; else created++;
        }
        await tx.CommitAsync(ct);
        return TypedResults.Ok(new ImportResult(created, updated));
    }

    public sealed record ImportResult(int Created, int Updated);
}
