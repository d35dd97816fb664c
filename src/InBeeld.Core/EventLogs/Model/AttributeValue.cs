using System.Globalization;

namespace InBeeld.Core.EventLogs.Model;

/// <summary>
/// A typed attribute value. Dates are UTC ticks in <see cref="Integer"/>; booleans are 0 or 1 in
/// <see cref="Integer"/>; text and ids use <see cref="Text"/>.
/// </summary>
public readonly record struct AttributeValue(AttributeKind Kind, string? Text, long Integer, double Float)
{
    public static AttributeValue FromText(string text) => new(AttributeKind.Text, text, 0, 0);

    public static AttributeValue FromId(string id) => new(AttributeKind.Id, id, 0, 0);

    public static AttributeValue FromInteger(long value) => new(AttributeKind.Integer, null, value, 0);

    public static AttributeValue FromFloat(double value) => new(AttributeKind.Float, null, 0, value);

    public static AttributeValue FromBoolean(bool value) => new(AttributeKind.Boolean, null, value ? 1 : 0, 0);

    public static AttributeValue FromDate(long utcTicks) => new(AttributeKind.Date, null, utcTicks, 0);

    /// <summary>Invariant text form, used for filters given on the command line and for exports.</summary>
    public override string ToString() => Kind switch
    {
        AttributeKind.Text or AttributeKind.Id => Text ?? string.Empty,
        AttributeKind.Integer => Integer.ToString(CultureInfo.InvariantCulture),
        AttributeKind.Float => Float.ToString("R", CultureInfo.InvariantCulture),
        AttributeKind.Boolean => Integer != 0 ? "true" : "false",
        AttributeKind.Date => new DateTime(Integer, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture),
        _ => string.Empty,
    };
}
