using System.Text.Json.Nodes;

namespace Oa.Host.Features.Ledgers;

public static partial class LedgerDefinitionParser
{
    // The loan ledger's fields live in another definition, published on its own; they are checked when a loan is read.
    private static LedgerLoanRule? ParseLoans(JsonNode? node, List<string> problems)
    {
        if (node is null) return null;
        if (node is not JsonObject o || Str(o, "ledger") is not { } ledger || Str(o, "recordField") is not { } record
            || Str(o, "fromField") is not { } from || Str(o, "untilField") is not { } until)
        {
            problems.Add("loans: 需要 ledger、recordField、fromField 和 untilField (loans needs ledger, recordField, fromField and untilField)");
            return null;
        }
        return new LedgerLoanRule(ledger, record, from, until);
    }
}
