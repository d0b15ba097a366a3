namespace Oa.Forms.Schema;

public enum DateTimeSubtype { Date, Time, DateTime }
