namespace Oa.Forms.Schema;

// form-js `computeOn`: the browser recomputes on change or just before submit; the server always computes.
public enum ComputeOn { Change, Presubmit }
