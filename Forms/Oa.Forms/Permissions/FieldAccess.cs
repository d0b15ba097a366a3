namespace Oa.Forms.Permissions;

// Ordered from most to least permissive: combining two accesses takes the larger.
public enum FieldAccess { Editable = 0, ReadOnly = 1, Hidden = 2 }
