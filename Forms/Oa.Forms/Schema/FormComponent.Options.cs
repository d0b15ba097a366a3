using Oa.Feel;
using Oa.Forms.Components;

namespace Oa.Forms.Schema;

public sealed partial record FormComponent
{
    // select / radio / checklist / taglist: static `values`, `valuesKey` (input data) or `valuesExpression`
    public IReadOnlyList<FormOption>? Values { get; init; }
    public string? ValuesKey { get; init; }
    public FeelExpression? ValuesExpression { get; init; }

    // number and oa-money
    public int? DecimalDigits { get; init; }
    public decimal? Increment { get; init; }
    public bool SerializeToString { get; init; }

    public DateTimeSubtype Subtype { get; init; } = DateTimeSubtype.Date;
    public string? TimeSerializingFormat { get; init; }
    public bool DisallowPassedDates { get; init; }

    // expression field
    public FeelExpression? Expression { get; init; }
    public ComputeOn ComputeOn { get; init; } = ComputeOn.Change;

    // filepicker `multiple`/`accept`; oa-user and oa-department `multiple`
    public bool Multiple { get; init; }
    public string? Accept { get; init; }

    // dynamiclist
    public RowLimits? Rows { get; init; }

    public TableOptions? Table { get; init; }
    public AttachmentOptions? Attachments { get; init; }
    public MoneyOptions? Money { get; init; }
    public SerialOptions? Serial { get; init; }
    public SignatureOptions? Signature { get; init; }
    public RelatedRecordOptions? RelatedRecord { get; init; }
}
