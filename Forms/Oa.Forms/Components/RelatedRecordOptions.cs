namespace Oa.Forms.Components;

// oa-related-record: value { id, title } (the browser's picker); on submit the server loads the ledger
// record and copies the schema's `fieldMap` (ledger field → form key) into the form, overriding
// anything the client sent there.
public sealed record RelatedRecordOptions(string LedgerKey, IReadOnlyDictionary<string, string> Mapping);
