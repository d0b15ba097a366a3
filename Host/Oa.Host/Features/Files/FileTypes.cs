using System.Text;

namespace Oa.Host.Features.Files;

/// <summary>
/// The attachment types the product takes, each recognised by its first bytes: a renamed executable or an image
/// called ".pdf" is refused, whatever the browser claimed as Content-Type.
/// </summary>
public static class FileTypes
{
    private static readonly byte[] Zip = [0x50, 0x4B, 0x03, 0x04];
    private static readonly byte[] Ole = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    private sealed record Kind(string ContentType, Func<ReadOnlySpan<byte>, bool> Matches);

    private static readonly Dictionary<string, Kind> Kinds = new(StringComparer.OrdinalIgnoreCase)
    {
        [".pdf"] = new("application/pdf", b => b.StartsWith("%PDF-"u8)),
        [".png"] = new("image/png", b => b.StartsWith((byte[])[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])),
        [".jpg"] = new("image/jpeg", b => b.StartsWith((byte[])[0xFF, 0xD8, 0xFF])),
        [".jpeg"] = new("image/jpeg", b => b.StartsWith((byte[])[0xFF, 0xD8, 0xFF])),
        [".gif"] = new("image/gif", b => b.StartsWith("GIF87a"u8) || b.StartsWith("GIF89a"u8)),
        [".webp"] = new("image/webp", b => b.Length >= 12 && b.StartsWith("RIFF"u8) && b[8..12].SequenceEqual("WEBP"u8)),
        [".docx"] = new("application/vnd.openxmlformats-officedocument.wordprocessingml.document", b => b.StartsWith(Zip)),
        [".xlsx"] = new("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", b => b.StartsWith(Zip)),
        [".pptx"] = new("application/vnd.openxmlformats-officedocument.presentationml.presentation", b => b.StartsWith(Zip)),
        [".doc"] = new("application/msword", b => b.StartsWith(Ole)),
        [".xls"] = new("application/vnd.ms-excel", b => b.StartsWith(Ole)),
        [".ppt"] = new("application/vnd.ms-powerpoint", b => b.StartsWith(Ole)),
        [".zip"] = new("application/zip", b => b.StartsWith(Zip)),
        // 电子发票 and 电子公文 come as OFD, a zip container.
        [".ofd"] = new("application/ofd", b => b.StartsWith(Zip)),
        [".txt"] = new("text/plain; charset=utf-8", IsText),
        [".csv"] = new("text/csv; charset=utf-8", IsText),
    };

    public static IReadOnlyCollection<string> Known => Kinds.Keys;

    /// <summary>The content type for a name and its first bytes, or null when the extension is not allowed or the bytes do not match it.</summary>
    public static string? Sniff(string fileName, ReadOnlySpan<byte> head, IReadOnlyCollection<string> allowed)
    {
        var ext = Path.GetExtension(fileName);
        if (string.IsNullOrEmpty(ext) || !allowed.Contains(ext, StringComparer.OrdinalIgnoreCase) || !Kinds.TryGetValue(ext, out var kind)) return null;
        return kind.Matches(head) ? kind.ContentType : null;
    }

    // Text has no signature: take it when it holds no NUL byte and no other known signature (UTF-8 or GB18030 alike).
    private static bool IsText(ReadOnlySpan<byte> b) =>
        !b.Contains((byte)0) && !b.StartsWith(Zip) && !b.StartsWith(Ole) && !b.StartsWith("MZ"u8) && !b.StartsWith((byte[])[0x7F, 0x45, 0x4C, 0x46]);
}
