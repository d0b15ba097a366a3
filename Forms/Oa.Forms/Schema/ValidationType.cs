namespace Oa.Forms.Schema;

public enum ValidationType { None, Email, Phone }
