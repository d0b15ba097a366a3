namespace Oa.Forms.Components;

// oa-signature: a `data:image/png|jpeg|svg+xml;base64,` URL of at most MaxBytes decoded, or a stored file id.
public sealed record SignatureOptions(int MaxBytes);
