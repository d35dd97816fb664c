using InBeeld.Core.EventLogs.Model;

namespace InBeeld.Data.EventLogs;

/// <summary>
/// One distinct value of a stored attribute column, by its number (the dictionary encoding of
/// <see cref="AttributeColumn"/>): rows refer to values by number, so a value is stored once.
/// </summary>
/// <remarks>
/// Which field holds the value depends on <see cref="Kind"/>: <see cref="Text"/> for text and ids;
/// <see cref="Integer"/> for integers, booleans (0/1) and dates (UTC ticks); for floats
/// <see cref="Float"/> (for comparisons in SQL; null for NaN and infinities, which SQLite cannot hold) and
/// <see cref="Text"/> with the round-trip text, so every float — NaN and −0 included — loads back
/// exactly (SQLite writes an integral REAL as an integer and loses −0).
/// </remarks>
public sealed class StoredLogAttributeValue
{
    public Guid LogId { get; set; }
    public int ColumnNo { get; set; }
    public int ValueNo { get; set; }
    public AttributeKind Kind { get; set; }
    public string? Text { get; set; }
    public long? Integer { get; set; }
    public double? Float { get; set; }
}
