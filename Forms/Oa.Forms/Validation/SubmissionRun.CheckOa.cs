using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Oa.Forms.Schema;

namespace Oa.Forms.Validation;

internal sealed partial class SubmissionRun
{
    // oa-attachments: [{ id, name, size }] — ids come from the host's upload endpoint.
    private void CheckAttachments(FormComponent c, JsonNode value, string path)
    {
        if (value is not JsonArray files || files.Any(f => f is not JsonObject o || Id(o["id"]) is null
            || (o["size"] is { } size && (size.GetValueKind() != JsonValueKind.Number || !size.AsValue().TryGetValue<long>(out var n) || n < 0))))
        {
            errors.Add(Messages.Type(path, "附件列表 [{ id, name, size }]", "a list of files [{ id, name, size }]"));
            return;
        }
        var options = c.Attachments;
        if (options is null) return;
        if (options.MaxFiles is { } maxFiles && files.Count > maxFiles) errors.Add(Messages.MaxFiles(path, maxFiles));
        foreach (var file in files.Cast<JsonObject>())
        {
            var size = file["size"] is JsonValue s && s.TryGetValue<long>(out var n) ? n : (long?)null;
            if (options.MaxSize is { } maxSize && (size is null || size > maxSize))
            {
                errors.Add(Messages.MaxSize(path, maxSize));
                break;
            }
            if (options.Accept.Count > 0 && !Accepted(options.Accept, AsString(file["name"] ?? "") ?? "", AsString(file["contentType"] ?? "") ?? ""))
            {
                errors.Add(Messages.FileType(path, string.Join(",", options.Accept)));
                break;
            }
        }
    }

    // HTML `accept` syntax: ".pdf", "image/*", "application/pdf"; without a contentType the
    // type is inferred from the file name's extension.
    private static bool Accepted(IReadOnlyList<string> accept, string name, string contentType)
    {
        if (contentType.Length == 0) contentType = MimeTypes.FromFileName(name);
        return accept.Any(a =>
            a.StartsWith('.') ? name.EndsWith(a, StringComparison.OrdinalIgnoreCase)
            : a.EndsWith("/*") ? contentType.StartsWith(a[..^1], StringComparison.OrdinalIgnoreCase)
            : string.Equals(a, contentType, StringComparison.OrdinalIgnoreCase));
    }

    // Ids are strings (or numbers, for hosts with integer keys).
    private static string? Id(JsonNode? node) => node switch
    {
        JsonValue v when v.GetValueKind() == JsonValueKind.String && v.GetValue<string>().Length > 0 => v.GetValue<string>(),
        JsonValue v when v.GetValueKind() == JsonValueKind.Number && v.TryGetValue<long>(out var n) => n.ToString(System.Globalization.CultureInfo.InvariantCulture),
        _ => null,
    };

    private void CheckSignature(FormComponent c, JsonNode value, string path)
    {
        var s = AsString(value);
        var ok = s is not null && (s.StartsWith("data:", StringComparison.Ordinal)
            ? ValidImage(s, c.Signature?.MaxBytes ?? 512 * 1024)
            : FileId().IsMatch(s));
        if (!ok) errors.Add(Messages.Signature(path));
    }

    private static bool ValidImage(string s, int maxBytes)
    {
        var m = DataUrl().Match(s);
        if (!m.Success) return false;
        var payload = m.Groups[1].Value;
        if (payload.Length / 4 * 3 > maxBytes + 3) return false;
        var buffer = new byte[payload.Length / 4 * 3 + 3];
        return Convert.TryFromBase64String(payload, buffer, out var written) && written <= maxBytes;
    }

    [GeneratedRegex(@"^data:image/(?:png|jpeg);base64,([A-Za-z0-9+/]+={0,2})$")]
    private static partial Regex DataUrl();

    [GeneratedRegex(@"^[A-Za-z0-9_\-:.]{1,200}$")]
    private static partial Regex FileId();
}
