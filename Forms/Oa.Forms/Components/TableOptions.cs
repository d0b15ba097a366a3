namespace Oa.Forms.Components;

public sealed record TableOptions(string? DataSource, IReadOnlyList<TableColumn> Columns, string? ColumnsExpression, int? RowCount);
