using System.Globalization;
using InBeeld.Core.EventLogs.Model;

namespace InBeeld.Core.EventLogs.Reading;

/// <summary>Reads a typed attribute value from its text (XES and OCEL write every value as text).</summary>
internal static class AttributeParser
{
    public static bool TryParse(AttributeKind kind, string text, TimeNormalizer times, out AttributeValue value)
    {
        value = default;
        switch (kind)
        {
            case AttributeKind.Text:
                value = AttributeValue.FromText(text);
                return true;
            case AttributeKind.Id:
                value = AttributeValue.FromId(text);
                return true;
            case AttributeKind.Integer when long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var integer):
                value = AttributeValue.FromInteger(integer);
                return true;
            case AttributeKind.Float when double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number):
                value = AttributeValue.FromFloat(number);
                return true;
            case AttributeKind.Boolean when bool.TryParse(text.Trim(), out var flag):
                value = AttributeValue.FromBoolean(flag);
                return true;
            case AttributeKind.Date when TimestampParser.TryParse(text, out var ticks, out var hasZone):
                value = AttributeValue.FromDate(times.ToUtc(ticks, hasZone));
                return true;
            default:
                return false;
        }
    }

    /// <summary>The XES type name for messages (string, int, float, boolean, date, id).</summary>
    public static string TypeName(AttributeKind kind) => kind switch
    {
        AttributeKind.Integer => "int",
        AttributeKind.Float => "float",
        AttributeKind.Boolean => "boolean",
        AttributeKind.Date => "date",
        AttributeKind.Id => "id",
        _ => "string",
    };
}
