namespace Oa.Forms.Components;

// oa-attachments: value is a list of { id, name, size, contentType }; MaxSize is bytes per file.
public sealed record AttachmentOptions(long? MaxSize, IReadOnlyList<string> Accept, int? MaxFiles);
