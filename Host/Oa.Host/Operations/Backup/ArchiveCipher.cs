using System.Buffers.Binary;
using System.Security.Cryptography;

namespace Oa.Host.Operations.Backup;

/// <summary>
/// Streams a backup archive through AES-256-GCM in 1 MiB chunks, so a large database never has to fit in memory:
/// "OAB1" | nonce prefix (8) | then per chunk: length (4) | tag (16) | ciphertext. Each chunk's nonce is the prefix
/// plus its index, and its associated data is the index and a last-chunk flag: reordered, dropped or truncated
/// chunks fail authentication instead of restoring a shortened archive.
/// </summary>
public static class ArchiveCipher
{
    private static readonly byte[] Magic = "OAB1"u8.ToArray();
    private const int ChunkSize = 1 << 20, TagSize = 16;

    public static async Task EncryptAsync(byte[] key, Stream input, Stream output, CancellationToken ct)
    {
        var prefix = RandomNumberGenerator.GetBytes(8);
        await output.WriteAsync(Magic, ct);
        await output.WriteAsync(prefix, ct);
        using var aes = new AesGcm(key, TagSize);
        var plain = new byte[ChunkSize];
        var next = new byte[ChunkSize];
        var read = await ReadFullAsync(input, plain, ct);
        for (uint index = 0; ; index++)
        {
            // Read ahead one chunk to know whether this one is the last.
            var nextRead = read == ChunkSize ? await ReadFullAsync(input, next, ct) : 0;
            var last = nextRead == 0;
            var cipher = new byte[read];
            var tag = new byte[TagSize];
            aes.Encrypt(Nonce(prefix, index), plain.AsSpan(0, read), cipher, tag, Associated(index, last));
            var header = new byte[4];
            BinaryPrimitives.WriteInt32BigEndian(header, read);
            await output.WriteAsync(header, ct);
            await output.WriteAsync(tag, ct);
            await output.WriteAsync(cipher, ct);
            if (last) return;
            (plain, next, read) = (next, plain, nextRead);
        }
    }

    public static async Task DecryptAsync(byte[] key, Stream input, Stream output, CancellationToken ct)
    {
        var head = new byte[12];
        if (await ReadFullAsync(input, head, ct) != 12 || !head.AsSpan(0, 4).SequenceEqual(Magic)) throw new CryptographicException("not an encrypted backup archive");
        var prefix = head[4..];
        using var aes = new AesGcm(key, TagSize);
        var lengthBytes = new byte[4];
        var tag = new byte[TagSize];
        for (uint index = 0; ; index++)
        {
            if (await ReadFullAsync(input, lengthBytes, ct) != 4) throw new CryptographicException("the archive is truncated");
            var length = BinaryPrimitives.ReadInt32BigEndian(lengthBytes);
            if (length is < 0 or > ChunkSize || await ReadFullAsync(input, tag, ct) != TagSize) throw new CryptographicException("the archive is damaged");
            var cipher = new byte[length];
            if (await ReadFullAsync(input, cipher, ct) != length) throw new CryptographicException("the archive is truncated");
            var plain = new byte[length];
            // A chunk is the last one exactly when nothing follows it; the flag in its associated data must agree.
            var last = input.Position == input.Length;
            aes.Decrypt(Nonce(prefix, index), cipher, tag, plain, Associated(index, last));
            await output.WriteAsync(plain, ct);
            if (last) return;
        }
    }

    public static bool IsEncrypted(string path)
    {
        using var fs = File.OpenRead(path);
        Span<byte> head = stackalloc byte[4];
        return fs.Read(head) == 4 && head.SequenceEqual(Magic);
    }

    private static byte[] Nonce(byte[] prefix, uint index)
    {
        var nonce = new byte[12];
        prefix.CopyTo(nonce, 0);
        BinaryPrimitives.WriteUInt32BigEndian(nonce.AsSpan(8), index);
        return nonce;
    }

    private static byte[] Associated(uint index, bool last)
    {
        var ad = new byte[5];
        BinaryPrimitives.WriteUInt32BigEndian(ad, index);
        ad[4] = last ? (byte)1 : (byte)0;
        return ad;
    }

    private static async Task<int> ReadFullAsync(Stream s, byte[] buffer, CancellationToken ct)
    {
        var total = 0;
        while (total < buffer.Length)
        {
            var n = await s.ReadAsync(buffer.AsMemory(total), ct);
            if (n == 0) break;
            total += n;
        }
        return total;
    }
}
