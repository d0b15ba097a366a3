namespace Oa.Host.Features.Ledgers;

/// <summary>Which records a role sees (数据范围), from narrowest to widest: a user gets the widest of their roles.</summary>
public enum LedgerScope
{
    None = 0,
    /// <summary>Records the user owns (本人).</summary>
    Own = 1,
    /// <summary>Records owned by anyone in the user's department and its sub-departments (本部门及下级).</summary>
    Department = 2,
    /// <summary>Every record (全部).</summary>
    All = 3,
}

/// <param name="Role">A role name, or <c>*</c> for every signed-in user.</param>
/// <param name="Write">May create records and edit/delete those in scope.</param>
public sealed record LedgerAccessRule(string Role, LedgerScope Scope, bool Write);
