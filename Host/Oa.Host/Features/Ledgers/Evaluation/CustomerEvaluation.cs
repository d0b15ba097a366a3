using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.DataProtection;
using Oa.Host.Data;
using Oa.Host.Data.Ledgers;

namespace Oa.Host.Features.Ledgers.Evaluation;

/// <summary>
/// 客户评价 (seed 001): the provider sends the customer a link; the customer, who has no account, grades the service
/// there, and the record locks. The link is the authorisation: a time-limited token signed with the host's data
/// protection keys (shared by every node), naming one record of one ledger, so it cannot be guessed or moved.
/// </summary>
public sealed class CustomerEvaluation(IDataProtectionProvider protection, TimeProvider clock)
{
    /// <summary>The <see cref="LedgerWriter.Change.Source"/> of the customer's write: the only one allowed to fill customer fields.</summary>
    public const string Source = "customer-evaluation";
    public const string Actor = "客户";
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(30);

    // The expiry travels inside the signed payload and is checked against the host's TimeProvider (the time-limited
    // protector would check the machine clock instead, which tests and a clock-shifted host do not share).
    private IDataProtector Protector => protection.CreateProtector("Oa.Ledgers.CustomerEvaluation.v1");

    public sealed record Link(string Url, DateTimeOffset ExpiresAt);

    /// <summary>An absolute link on the host the request came in on (the provider pastes it into WeChat, SMS, e-mail).</summary>
    public Link Issue(string ledgerKey, long recordId, HttpRequest request)
    {
        var expires = clock.GetUtcNow() + Lifetime;
        var token = Protector.Protect(string.Create(CultureInfo.InvariantCulture, $"{ledgerKey}\n{recordId}\n{expires.ToUnixTimeSeconds()}"));
        return new Link($"{request.Scheme}://{request.Host}/Evaluate?t={Uri.EscapeDataString(token)}", expires);
    }

    /// <summary>The ledger key and record id the token names; null when it is forged, altered or expired.</summary>
    public (string LedgerKey, long RecordId)? Read(string? token)
    {
        if (string.IsNullOrEmpty(token)) return null;
        try
        {
            var parts = Protector.Unprotect(token).Split('\n');
            if (parts.Length != 3 || !long.TryParse(parts[1], CultureInfo.InvariantCulture, out var id)
                || !long.TryParse(parts[2], CultureInfo.InvariantCulture, out var expires)
                || DateTimeOffset.FromUnixTimeSeconds(expires) < clock.GetUtcNow()) return null;
            return (parts[0], id);
        }
        catch (Exception e) when (e is CryptographicException or FormatException)
        {
            return null;
        }
    }

    /// <summary>What the customer sees of the record: every staff-filled field with a value (the service they are grading).</summary>
    public static IEnumerable<(string Label, string Value)> Summary(LedgerDefinition ledger, LedgerRecord record)
    {
        var data = JsonNode.Parse(record.DataJson)!.AsObject();
        foreach (var field in ledger.Fields.Where(f => !ledger.CustomerFields.Contains(f.Key)))
            if (field.Display(data[field.Key]) is { Length: > 0 } value) yield return (field.Label, value);
    }
}
