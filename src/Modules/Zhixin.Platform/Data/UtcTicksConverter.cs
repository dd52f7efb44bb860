using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Zhixin.Platform.Data;

/// <summary>Stores an instant as UTC ticks (SQLite only); the offset is not kept because instants are UTC by rule.</summary>
internal sealed class UtcTicksConverter : ValueConverter<DateTimeOffset, long>
{
    public static readonly UtcTicksConverter Instance = new();

    private UtcTicksConverter()
        : base(v => v.UtcTicks, v => new DateTimeOffset(v, TimeSpan.Zero))
    {
    }
}
