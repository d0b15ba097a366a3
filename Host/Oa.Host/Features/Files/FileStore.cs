using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Oa.Host.Data;
using Oa.Host.Data.Files;

namespace Oa.Host.Features.Files;

/// <summary>
/// Keeps attachment bytes under Files:Directory as files/ab/&lt;sha256&gt; (".enc" when encrypted) and one row per
/// upload. The blob is written (to a temporary name, then moved) before the row is saved, so a row never points at
/// a missing blob; a crash in between leaves only an orphan blob, which the clean-up removes.
/// </summary>
public sealed class FileStore(OaDbContext db, FileStoreOptions options, TimeProvider clock)
{
    public abstract record Outcome;
    public sealed record Saved(StoredFile File) : Outcome;
    public sealed record Refused(string Field, string Message) : Outcome;

    public async Task<Outcome> SaveAsync(string? name, Stream content, long length, string user, CancellationToken ct)
    {
        if (FileNames.Problem(name) is { } problem) return new Refused("file", problem);
        var max = options.MaxBytes;
        if (length > max) return new Refused("file", $"文件超过 {max / 1024 / 1024.0:0.#} MB (the file is larger than {max} bytes)");
        if (length == 0) return new Refused("file", "文件为空 (the file is empty)");

        // Bounded by MaxBytes, so reading into memory is safe; it lets us sniff, hash and encrypt in one pass.
        using var buffer = new MemoryStream((int)Math.Min(length, max));
        await content.CopyToAsync(buffer, ct);
        if (buffer.Length > max) return new Refused("file", $"文件超过 {max / 1024 / 1024.0:0.#} MB (the file is larger than {max} bytes)");
        var bytes = buffer.GetBuffer().AsMemory(0, (int)buffer.Length);

        var type = FileTypes.Sniff(name!, bytes.Span[..Math.Min(bytes.Length, 8192)], options.AllowedExtensions);
        if (type is null)
            return new Refused("file", $"不允许的文件类型，或文件内容与扩展名不符 (type not allowed, or the content does not match the extension; allowed: {string.Join(" ", options.AllowedExtensions)})");

        var hash = Convert.ToHexStringLower(SHA256.HashData(bytes.Span));
        var key = options.EncryptionKey;
        await WriteBlobAsync(hash, key, bytes, ct);
        var row = new StoredFile
        {
            Name = name!, Size = bytes.Length, ContentType = type, Sha256 = hash, Encrypted = key is not null,
            UploadedBy = user, CreatedAt = clock.GetUtcNow(),
        };
        db.Files.Add(row);
        await db.SaveChangesAsync(ct);
        return new Saved(row);
    }

    /// <summary>
    /// A document the server generated itself (《投诉处理意见书》 from a print template), attached to its request at once. No
    /// type sniffing: the content type is the generator's, not a browser's claim, and uploads still refuse HTML.
    /// </summary>
    public async Task<StoredFile> SaveGeneratedAsync(string name, byte[] content, string contentType, string instanceId, string user, CancellationToken ct)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(content));
        var key = options.EncryptionKey;
        await WriteBlobAsync(hash, key, content, ct);
        var now = clock.GetUtcNow();
        var row = new StoredFile
        {
            Name = name, Size = content.Length, ContentType = contentType, Sha256 = hash, Encrypted = key is not null,
            UploadedBy = user, CreatedAt = now, InstanceId = instanceId, AttachedAt = now,
        };
        db.Files.Add(row);
        await db.SaveChangesAsync(ct);
        return row;
    }

    /// <summary>The plain content; throws when the blob is missing or fails its authentication tag.</summary>
    public async Task<byte[]> ReadAsync(StoredFile file, CancellationToken ct)
    {
        var stored = await File.ReadAllBytesAsync(BlobPath(options.Directory, file.Sha256, file.Encrypted), ct);
        if (!file.Encrypted) return stored;
        var key = options.EncryptionKey ?? throw new InvalidOperationException("Files:EncryptionKey is not set but the file is stored encrypted.");
        return BlobCipher.Decrypt(key, stored, Encoding.ASCII.GetBytes(file.Sha256));
    }

    public static string BlobPath(string root, string sha256, bool encrypted) =>
        Path.Combine(root, sha256[..2], sha256 + (encrypted ? ".enc" : ""));

    private async Task WriteBlobAsync(string hash, byte[]? key, ReadOnlyMemory<byte> bytes, CancellationToken ct)
    {
        var path = BlobPath(options.Directory, hash, key is not null);
        if (File.Exists(path)) return; // same content already stored: one blob serves every upload of it
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temp = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        var data = key is null ? bytes : BlobCipher.Encrypt(key, bytes.Span, Encoding.ASCII.GetBytes(hash));
        await using (var fs = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, FileOptions.WriteThrough))
            await fs.WriteAsync(data, ct);
        File.Move(temp, path, overwrite: true);
    }
}
