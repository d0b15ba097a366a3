namespace Oa.Forms.Components;

// oa-serial: assigned by the server on submit (FormContext.AssignSerial); Pattern is for the host's numbering.
public sealed record SerialOptions(string? Pattern);
