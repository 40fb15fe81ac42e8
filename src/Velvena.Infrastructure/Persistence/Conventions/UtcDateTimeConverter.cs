using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Velvena.Infrastructure.Persistence.Conventions;

/// <summary>
/// Stores every <see cref="DateTime"/> as UTC and marks it <see cref="DateTimeKind.Utc"/> on read.
/// A local time is converted; an unspecified one is taken to be UTC already (the domain only deals in UTC).
/// </summary>
public sealed class UtcDateTimeConverter : ValueConverter<DateTime, DateTime>
{
    public UtcDateTimeConverter()
        : base(value => ToUtc(value), value => DateTime.SpecifyKind(value, DateTimeKind.Utc))
    {
    }

    private static DateTime ToUtc(DateTime value) => value.Kind switch
    {
        DateTimeKind.Utc => value,
        DateTimeKind.Local => value.ToUniversalTime(),
        _ => DateTime.SpecifyKind(value, DateTimeKind.Utc),
    };
}
