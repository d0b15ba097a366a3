namespace Oa.Forms.Components;

// oa-attachments: value is a list of { id, name, size } as the upload endpoint answered;
// MaxSize is bytes per file (the schema's `maxSize` is MB).
public sealed record AttachmentOptions(long? MaxSize, IReadOnlyList<string> Accept, int? MaxFiles);
