namespace Oa.Forms.Components;

// Our dynamiclist extension properties `minRows` / `maxRows` (form-js has no row-count validation).
public sealed record RowLimits(int? MinRows, int? MaxRows);
