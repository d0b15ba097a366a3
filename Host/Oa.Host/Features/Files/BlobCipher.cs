using System.Security.Cryptography;

namespace Oa.Host.Features.Files;

/// <summary>
/// At-rest encryption of attachment and backup bytes: AES-256-GCM, layout "OAE1" | nonce (12) | tag (16) | ciphertext.
/// The associated data binds the ciphertext to its purpose (a blob's hash, a backup's name), so a blob cannot be
/// swapped for another one undetected.
/// </summary>
public static class BlobCipher
{
    private static readonly byte[] Magic = "OAE1"u8.ToArray();
    private const int NonceSize = 12, TagSize = 16, HeaderSize = 4 + NonceSize + TagSize;

    public static byte[] Encrypt(byte[] key, ReadOnlySpan<byte> plain, ReadOnlySpan<byte> associated)
    {
        var output = new byte[HeaderSize + plain.Length];
        Magic.CopyTo(output, 0);
        var nonce = output.AsSpan(4, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(key, TagSize);
        aes.Encrypt(nonce, plain, output.AsSpan(HeaderSize), output.AsSpan(4 + NonceSize, TagSize), associated);
        return output;
    }

    /// <summary>Throws <see cref="CryptographicException"/> when the key is wrong or the bytes were changed.</summary>
    public static byte[] Decrypt(byte[] key, ReadOnlySpan<byte> sealedBytes, ReadOnlySpan<byte> associated)
    {
        if (!IsEncrypted(sealedBytes)) throw new CryptographicException("not an OAE1 ciphertext");
        var plain = new byte[sealedBytes.Length - HeaderSize];
        using var aes = new AesGcm(key, TagSize);
        aes.Decrypt(sealedBytes.Slice(4, NonceSize), sealedBytes[HeaderSize..], sealedBytes.Slice(4 + NonceSize, TagSize), plain, associated);
        return plain;
    }

    public static bool IsEncrypted(ReadOnlySpan<byte> bytes) => bytes.Length >= HeaderSize && bytes.StartsWith(Magic);
}
