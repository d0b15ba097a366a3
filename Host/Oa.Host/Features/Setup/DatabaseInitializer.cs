using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Oa.Host.Data;
using Oa.Host.Features.Org;
using Oa.Host.Identity;

namespace Oa.Host.Features.Setup;

/// <summary>
/// Brings a database to the current schema and the minimum content the product needs: the system and business
/// roles, a first administrator on an empty database (Bootstrap:AdminUserName / AdminPassword), and, when
/// Bootstrap:DemoData is true, the demo organisation.
/// </summary>
public sealed class DatabaseInitializer(OaDbContext db, OrgService org, UserManager<AppUser> users, IConfiguration config, IHostEnvironment env,
    Definitions.DefinitionPublisher publisher, Ledgers.LedgerPublisher ledgers, ILogger<DatabaseInitializer> log, Operations.Upgrade.SafeMigrator migrator,
    PrintTemplates.PrintTemplateStore printTemplates)
{
    public async Task MigrateAsync(CancellationToken ct)
    {
        var pending = (await db.Database.GetPendingMigrationsAsync(ct)).ToList();
        if (pending.Count > 0) log.LogInformation("Applying {Count} migration(s): {Names}", pending.Count, string.Join(", ", pending));
        await migrator.MigrateAsync(ct); // backs up a database with data first; a failed migration leaves it as it was
    }

    public async Task InitialiseAsync(CancellationToken ct)
    {
        await MigrateAsync(ct);
        await EnsureRolesAsync();
        await EnsureAdminAsync(ct);
        if (config.GetValue("Bootstrap:DemoData", false)) await SeedDemoAsync(ct);
        if (config.GetValue("Definitions:ImportOnStart", true) && DefinitionsDirectory(config, env.ContentRootPath) is { } dir)
            await ImportDefinitionsAsync(dir, ct);
    }

    /// <summary>Publishes the shipped (or an admin's) .bpmn/.form files; unchanged files publish nothing.</summary>
    public async Task<bool> ImportDefinitionsAsync(string dir, CancellationToken ct)
    {
        // Ledger definitions (Definitions/Ledgers/*.ledger.json) first: forms' 关联记录 fields name ledgers, and publishing
        // refuses a form whose ledger does not exist.
        var ledgersOk = await ledgers.ImportFolderAsync(Path.Combine(dir, "Ledgers"), ct);
        var outcome = await publisher.PublishAsync(Definitions.DefinitionPublisher.ReadFolder(dir), "system", ct);
        foreach (var p in outcome.Problems) log.LogError("Definition {File} {Element}: {Message}", p.File, p.ElementId, p.Message);
        var changed = outcome.Processes.Count(p => p.Changed) + outcome.Forms.Count(f => f.Changed);
        if (outcome.Succeeded) log.LogInformation("Definitions from {Dir}: {Processes} processes, {Forms} forms, {Changed} new versions", dir, outcome.Processes.Count, outcome.Forms.Count, changed);
        // Print templates (Definitions/Print/<processKey>.scriban), versioned the same way: unchanged files add nothing.
        var printOk = await printTemplates.ImportFolderAsync(Path.Combine(dir, "Print"), ct);
        return outcome.Succeeded && ledgersOk && printOk;
    }

    /// <summary>Definitions:Directory, else the repository's Definitions/ found by walking up from the content root.</summary>
    public static string? DefinitionsDirectory(IConfiguration config, string contentRoot)
    {
        if (config["Definitions:Directory"] is { Length: > 0 } configured) return Path.GetFullPath(configured, contentRoot);
        for (var dir = new DirectoryInfo(contentRoot); dir is not null; dir = dir.Parent)
            if (Directory.Exists(Path.Combine(dir.FullName, "Definitions", "Processes"))) return Path.Combine(dir.FullName, "Definitions");
        return null;
    }

    public async Task EnsureRolesAsync()
    {
        await org.EnsureRoleAsync(Roles.Admin, false, "系统管理员");
        await org.EnsureRoleAsync(Roles.ProcessAdmin, false, "流程管理员");
        foreach (var r in Roles.Business) await org.EnsureRoleAsync(r, true);
    }

    private async Task EnsureAdminAsync(CancellationToken ct)
    {
        var name = config["Bootstrap:AdminUserName"];
        var password = config["Bootstrap:AdminPassword"];
        if (string.IsNullOrWhiteSpace(name) || string.IsNullOrEmpty(password)) return;
        if (await db.Users.AnyAsync(ct)) return; // only an empty database gets a bootstrap administrator
        var (user, errors) = await org.CreateUserAsync(new UserInput(name, "系统管理员", password, null, null, null, null, null, null, null, null, null, null,
            [Roles.Admin, Roles.ProcessAdmin]), ct);
        if (user is null) throw new InvalidOperationException("Bootstrap administrator not created: " + string.Join("; ", errors.ToDictionary().SelectMany(e => e.Value)));
        log.LogInformation("Created the bootstrap administrator {UserName}", name);
    }

    /// <summary>Idempotent: departments and people that already exist are left as they are.</summary>
    public async Task SeedDemoAsync(CancellationToken ct)
    {
        if (await users.FindByNameAsync(DemoOrganisation.People[0].UserName) is not null) return;
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        // Departments first without heads (the heads do not exist yet), then people, then heads.
        foreach (var d in DemoOrganisation.Departments)
            if (!await db.Departments.AnyAsync(x => x.Id == d.Id, ct))
                db.Departments.Add(new Department { Id = d.Id, Name = d.Name, ParentId = d.Parent, Code = d.Id, SortOrder = Array.IndexOf(DemoOrganisation.Departments, d) });
        await db.SaveChangesAsync(ct);

        var no = 1000;
        foreach (var p in DemoOrganisation.People)
        {
            no++;
            var roles = p.Roles?.Split(',') ?? [];
            var input = new UserInput(p.UserName, p.Name, DemoOrganisation.Password, $"E{no}", p.Dept, null, p.Manager, p.Region,
                p.OnSite ? "OnSite" : "Headquarters", p.DailyWage, new DateOnly(2020, 1, 1).AddDays(no % 900), $"{p.UserName}@demo.oa", null, roles);
            var (user, errors) = await org.CreateUserAsync(input, ct);
            if (user is null) throw new InvalidOperationException($"Demo user {p.UserName}: " + string.Join("; ", errors.ToDictionary().SelectMany(e => e.Value)));
        }
        foreach (var d in DemoOrganisation.Departments)
        {
            var row = await db.Departments.SingleAsync(x => x.Id == d.Id, ct);
            row.HeadUserName = d.Head;
            row.LeaderUserName = d.Leader;
        }
        await db.SaveChangesAsync(ct);
        await db.BumpAsync(ChangeStamps.Org, ct);
        await tx.CommitAsync(ct);
        log.LogInformation("Loaded the demo organisation: {Departments} departments, {People} people (password {Password})",
            DemoOrganisation.Departments.Length, DemoOrganisation.People.Length, DemoOrganisation.Password);
    }
}
