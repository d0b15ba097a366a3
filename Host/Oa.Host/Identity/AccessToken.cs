namespace Oa.Host.Identity;

/// <summary>
/// An opaque bearer token: the API's login tokens and personal access tokens alike. Only the SHA-256 of the
/// secret is stored, so a database leak yields no usable token; revocation takes effect on the next request
/// on every host instance because validation reads the table.
/// </summary>
public sealed class AccessToken
{
    public Guid Id { get; set; }
    public string UserId { get; set; } = "";
    public string Name { get; set; } = "";
    public AccessTokenKind Kind { get; set; }
    public string TokenHash { get; set; } = "";
    /// <summary>First characters of the secret, shown in the token list so a user can tell tokens apart.</summary>
    public string Prefix { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }
    public DateTimeOffset? LastUsedAt { get; set; }
    public DateTimeOffset? RevokedAt { get; set; }
}

public enum AccessTokenKind
{
    Login = 0,
    Personal = 1,
}
