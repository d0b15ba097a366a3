namespace Oa.Feel;

// A "date and time" carrying an IANA zone id (e.g. @"2024-01-01T10:00@Europe/Paris");
// plain offsets are DateTimeOffset and local date-times are DateTime (Kind Unspecified).
public sealed record ZonedDateTime(DateTimeOffset Value, string Zone)
{
    public override string ToString() => Temporal.FormatLocal(Value.DateTime) + "@" + Zone;
}
