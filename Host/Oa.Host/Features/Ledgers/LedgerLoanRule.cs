namespace Oa.Host.Features.Ledgers;

/// <summary>
/// "loans" in a ledger definition (客户档案借阅): records of <see cref="Ledger"/> owned by a borrower — written by the
/// approved loan process, whose initiator owns them — let that borrower read the record whose id is in
/// <see cref="RecordField"/> (an oa-related-record value or a bare id) from <see cref="FromField"/> to
/// <see cref="UntilField"/> inclusive. The loan ledger must not let borrowers write, or they could lend to themselves.
/// </summary>
public sealed record LedgerLoanRule(string Ledger, string RecordField, string FromField, string UntilField);
