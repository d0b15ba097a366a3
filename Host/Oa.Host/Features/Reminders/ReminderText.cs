using System.Globalization;
using System.Text.Json.Nodes;
using Oa.Host.Features.Ledgers;
using Oa.Host.Features.Org;

namespace Oa.Host.Features.Reminders;

/// <summary>How reminders write money, dates and people, and read ledger fields.</summary>
internal static class ReminderText
{
    public static string Money(decimal amount) => amount.ToString("#,0.00", CultureInfo.InvariantCulture);

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Name(OrgSnapshot org, string? userName) =>
        userName is null ? "" : org.GetUser(userName)?.DisplayName ?? userName;

    public static DateOnly? DateOf(JsonNode? node) => DateOf(LedgerIndexer.Text(node));

    /// <summary>The date part of "2026-05-30" or "2026-05-30T…"; null for anything else.</summary>
    public static DateOnly? DateOf(string? text) =>
        text is { Length: >= 10 } s && DateOnly.TryParseExact(s[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    public static JsonObject Parse(string json) => JsonNode.Parse(json) as JsonObject ?? [];

    /// <summary>
    /// A person named in a free-text field (借用人 is a text field in the CA ledger): a user name, else the one active
    /// user with that display name; null when it names nobody or several people.
    /// </summary>
    public static string? Person(OrgSnapshot org, string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var t = text.Trim();
        if (org.GetUser(t) is { Active: true } u) return u.UserName;
        var byName = org.Users.Where(x => x.Active && x.DisplayName == t).Take(2).ToList();
        return byName.Count == 1 ? byName[0].UserName : null;
    }

    public static string LedgerLink(string ledger, long id) => $"/Ledgers/{ledger}/Record/{id}";
}
