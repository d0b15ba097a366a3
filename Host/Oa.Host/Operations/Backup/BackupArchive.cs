using System.IO.Compression;
using System.Security.Cryptography;
using System.Text.Json;

namespace Oa.Host.Operations.Backup;

/// <summary>
/// An archive opened for checking or restoring: decrypted to a temporary zip when needed, its manifest read, and
/// every entry compared with the manifest (present, same size, same SHA-256, nothing extra).
/// </summary>
public sealed class BackupArchive : IDisposable
{
    private readonly string? _decrypted;

    private BackupArchive(string zipPath, string? decrypted, BackupManifest manifest, ZipArchive zip) =>
        (ZipPath, _decrypted, Manifest, Zip) = (zipPath, decrypted, manifest, zip);

    public string ZipPath { get; }
    public BackupManifest Manifest { get; }
    public ZipArchive Zip { get; }

    /// <summary>Opens and verifies; throws <see cref="InvalidDataException"/> with a readable reason when the archive cannot be trusted.</summary>
    public static async Task<BackupArchive> OpenAsync(string path, byte[]? key, CancellationToken ct)
    {
        if (!File.Exists(path)) throw new InvalidDataException($"no such archive: {path}");
        string? decrypted = null;
        var zipPath = path;
        if (ArchiveCipher.IsEncrypted(path))
        {
            if (key is null) throw new InvalidDataException("the archive is encrypted; set Backup:EncryptionKey to the key it was made with");
            decrypted = Path.Combine(Path.GetTempPath(), $"oa-restore-{Guid.NewGuid():N}.zip");
            try
            {
                await using var input = File.OpenRead(path);
                await using var output = File.Create(decrypted);
                await ArchiveCipher.DecryptAsync(key, input, output, ct);
            }
            catch (CryptographicException ex)
            {
                File.Delete(decrypted);
                throw new InvalidDataException($"the archive cannot be decrypted (wrong key, or damaged): {ex.Message}");
            }
            zipPath = decrypted;
        }
        ZipArchive? zip = null;
        try
        {
            zip = ZipFile.OpenRead(zipPath);
            var manifestEntry = zip.GetEntry(BackupManifest.FileName) ?? throw new InvalidDataException("the archive has no manifest.json");
            BackupManifest manifest;
            await using (var m = manifestEntry.Open())
                manifest = await JsonSerializer.DeserializeAsync<BackupManifest>(m, BackupService.Json, ct) ?? throw new InvalidDataException("manifest.json is empty");
            if (manifest.Format > BackupManifest.CurrentFormat) throw new InvalidDataException($"archive format {manifest.Format} is newer than this version understands");
            await VerifyAsync(zip, manifest, ct);
            return new BackupArchive(zipPath, decrypted, manifest, zip);
        }
        catch
        {
            zip?.Dispose();
            if (decrypted is not null) File.Delete(decrypted);
            throw;
        }
    }

    private static async Task VerifyAsync(ZipArchive zip, BackupManifest manifest, CancellationToken ct)
    {
        var listed = manifest.Entries.ToDictionary(e => e.Path, StringComparer.Ordinal);
        foreach (var entry in zip.Entries.Where(e => e.FullName != BackupManifest.FileName))
            if (!listed.ContainsKey(entry.FullName)) throw new InvalidDataException($"{entry.FullName} is in the archive but not in its manifest");
        foreach (var expected in manifest.Entries)
        {
            if (expected.Path.Contains("..") || Path.IsPathRooted(expected.Path)) throw new InvalidDataException($"unsafe path in manifest: {expected.Path}");
            var entry = zip.GetEntry(expected.Path) ?? throw new InvalidDataException($"{expected.Path} is missing from the archive");
            await using var s = entry.Open();
            using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            var buffer = new byte[81920];
            long size = 0;
            int n;
            while ((n = await s.ReadAsync(buffer, ct)) > 0) { sha.AppendData(buffer, 0, n); size += n; }
            if (size != expected.Size || Convert.ToHexStringLower(sha.GetHashAndReset()) != expected.Sha256)
                throw new InvalidDataException($"{expected.Path} does not match its checksum in the manifest");
        }
    }

    public void Dispose()
    {
        Zip.Dispose();
        if (_decrypted is not null) File.Delete(_decrypted);
    }
}
