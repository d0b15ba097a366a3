using Oa.Host.Data.Ledgers;

namespace Oa.Host.Features.Ledgers;

public abstract record LedgerWriteResult
{
    public sealed record Ok(LedgerRecord Record) : LedgerWriteResult;
    /// <summary>Field path → messages, ready for a 400 validation problem.</summary>
    public sealed record Invalid(IDictionary<string, string[]> Errors) : LedgerWriteResult;
    /// <summary>The record changed since the caller read it (stale version).</summary>
    public sealed record Conflict : LedgerWriteResult;
}
