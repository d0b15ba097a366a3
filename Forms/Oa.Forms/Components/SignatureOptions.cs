namespace Oa.Forms.Components;

// oa-signature: a `data:image/png|jpeg;base64,` URL (no SVG: it can carry script) of at most MaxBytes decoded, or a stored file id.
public sealed record SignatureOptions(int MaxBytes);
