using System.Security.Claims;
using Oa.Host.Data.Ledgers;
using Oa.Host.Features.Org;
using Oa.Host.Identity;

namespace Oa.Host.Features.Ledgers;

/// <summary>
/// What one user may do in one ledger: the widest scope among their roles' rules (admins see all), and whether any
/// of those rules lets them write. Every read path (list, get, lookup, export, reports) filters through
/// <see cref="Filter"/> or <see cref="CanSee"/>, so there is one place that decides data scope.
/// </summary>
public sealed class LedgerAccess
{
    private LedgerAccess(string userName, LedgerScope scope, bool canWrite, IReadOnlySet<string> departments, IReadOnlySet<long>? borrowed = null)
    {
        UserName = userName;
        Scope = scope;
        CanWrite = canWrite;
        Departments = departments;
        Borrowed = borrowed ?? new HashSet<long>();
    }

    public string UserName { get; }
    public LedgerScope Scope { get; }
    public bool CanWrite { get; }
    /// <summary>The user's department and everything below it (for <see cref="LedgerScope.Department"/>).</summary>
    public IReadOnlySet<string> Departments { get; }

    /// <summary>Records outside the scope the user may read (not edit) through a running loan (借阅).</summary>
    public IReadOnlySet<long> Borrowed { get; }

    public bool CanRead => Scope != LedgerScope.None || Borrowed.Count > 0;

    public LedgerAccess WithBorrowed(IReadOnlySet<long> borrowed) =>
        borrowed.Count == 0 ? this : new LedgerAccess(UserName, Scope, CanWrite, Departments, borrowed);

    public static LedgerAccess For(LedgerDefinition ledger, ClaimsPrincipal user, OrgSnapshot org)
    {
        var name = user.UserName();
        if (user.IsInRole(Roles.Admin)) return new LedgerAccess(name, LedgerScope.All, true, new HashSet<string>());
        var rules = ledger.Access.Where(r => r.Role == "*" || user.IsInRole(r.Role)).ToList();
        var scope = rules.Count == 0 ? LedgerScope.None : rules.Max(r => r.Scope);
        var write = rules.Any(r => r.Write);
        var departments = scope == LedgerScope.Department ? Subtree(org, org.GetUser(name)?.DepartmentId) : new HashSet<string>();
        return new LedgerAccess(name, scope, write, departments);
    }

    public IQueryable<LedgerRecord> Filter(IQueryable<LedgerRecord> records)
    {
        var borrowed = Borrowed.ToList();
        return Scope switch
        {
            LedgerScope.All => records,
            LedgerScope.Department => records.Where(r => r.OwnerUserName == UserName || (r.OwnerDepartmentId != null && Departments.Contains(r.OwnerDepartmentId)) || borrowed.Contains(r.Id)),
            LedgerScope.Own => records.Where(r => r.OwnerUserName == UserName || borrowed.Contains(r.Id)),
            _ => records.Where(r => borrowed.Contains(r.Id)),
        };
    }

    public bool CanSee(LedgerRecord record) => InScope(record) || Borrowed.Contains(record.Id);

    /// <summary>A loan lends reading only: editing needs the record in the user's own scope.</summary>
    public bool CanEdit(LedgerRecord record) => CanWrite && InScope(record);

    private bool InScope(LedgerRecord record) => Scope switch
    {
        LedgerScope.All => true,
        LedgerScope.Department => record.OwnerUserName == UserName || (record.OwnerDepartmentId is { } d && Departments.Contains(d)),
        LedgerScope.Own => record.OwnerUserName == UserName,
        _ => false,
    };


    private static HashSet<string> Subtree(OrgSnapshot org, string? root)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        if (root is null) return ids;
        var children = org.Departments.Where(d => d.ParentId is not null).ToLookup(d => d.ParentId!);
        var queue = new Queue<string>([root]);
        while (queue.TryDequeue(out var id))
            if (ids.Add(id))
                foreach (var child in children[id]) queue.Enqueue(child.Id);
        return ids;
    }
}
