namespace Oa.Host.Data.Files;

/// <summary>
/// An uploaded attachment. The bytes live outside the database under data/files, named by their SHA-256, so equal
/// uploads share one blob. Unattached (no owner) until the request or ledger record that uses it is saved.
/// </summary>
public sealed class StoredFile
{
    public string Id { get; set; } = Guid.NewGuid().ToString("N");
    public required string Name { get; set; }
    public long Size { get; set; }
    public required string ContentType { get; set; }
    /// <summary>Lower-case hex SHA-256 of the plain content; also the blob's file name.</summary>
    public required string Sha256 { get; set; }
    /// <summary>The blob is AES-GCM encrypted with Files:EncryptionKey.</summary>
    public bool Encrypted { get; set; }
    public required string UploadedBy { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public string? InstanceId { get; set; }
    public string? LedgerRecordId { get; set; }
    public DateTimeOffset? AttachedAt { get; set; }
}
