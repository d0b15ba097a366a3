namespace Oa.Forms.Components;

public sealed record TableColumn(string Key, string Label);
