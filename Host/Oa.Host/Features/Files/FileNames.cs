namespace Oa.Host.Features.Files;

/// <summary>
/// What an uploaded file may be called. The name is only ever shown and sent back in Content-Disposition (the blob
/// is named by its hash), but a name with a path in it is refused outright rather than trimmed: a client sending
/// "../../etc/passwd" is not a browser uploading a file.
/// </summary>
public static class FileNames
{
    public static string? Problem(string? name)
    {
        if (string.IsNullOrWhiteSpace(name)) return "文件名为空 (the file has no name)";
        if (name.Length > 255) return "文件名过长 (the file name is longer than 255 characters)";
        if (name.Contains('/') || name.Contains('\\') || name.Contains("..") || name.Contains(':'))
            return "文件名不能包含路径 (the file name may not contain a path)";
        if (name.Any(char.IsControl) || name.Trim() != name || name.StartsWith('.'))
            return "文件名不合法 (the file name is not allowed)";
        return null;
    }
}
