using Oa.Host.Operations;

namespace Oa.Host.Features.Files;

/// <summary>
/// Files:* settings, read when first needed (test hosts add settings after the services are declared).
/// Files:EncryptionKey is 32 bytes in base64; it belongs in an environment variable or a secret store, not in
/// appsettings.json, and losing it makes encrypted attachments unreadable.
/// </summary>
public sealed class FileStoreOptions(IConfiguration config, IHostEnvironment env)
{
    public const long DefaultMaxBytes = 20 * 1024 * 1024;

    public string Directory => DataPaths.FilesDirectory(config, env.ContentRootPath);

    public long MaxBytes => config.GetValue("Files:MaxBytes", DefaultMaxBytes);

    public IReadOnlyCollection<string> AllowedExtensions =>
        config["Files:AllowedExtensions"] is { Length: > 0 } list
            ? list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(e => e.StartsWith('.') ? e : "." + e).ToList()
            : FileTypes.Known;

    public byte[]? EncryptionKey
    {
        get
        {
            if (config["Files:EncryptionKey"] is not { Length: > 0 } text) return null;
            var key = Convert.FromBase64String(text);
            return key.Length == 32 ? key : throw new InvalidOperationException("Files:EncryptionKey must be 32 bytes in base64 (openssl rand -base64 32).");
        }
    }
}
