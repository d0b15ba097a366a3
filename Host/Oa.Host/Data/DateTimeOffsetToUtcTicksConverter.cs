using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Oa.Host.Data;

/// <summary>Stores instants as UTC ticks (a sortable integer); values read back are UTC.</summary>
public sealed class DateTimeOffsetToUtcTicksConverter() : ValueConverter<DateTimeOffset, long>(
    v => v.UtcTicks,
    v => new DateTimeOffset(v, TimeSpan.Zero));
