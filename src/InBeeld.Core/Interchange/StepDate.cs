using System.Globalization;
using InBeeld.Core.Interviews;

namespace InBeeld.Core.Interchange;

/// <summary>
/// A step's date as written in the study format: "2019", "2019-09" or "2019-09-15". The form
/// carries the precision; the value is the first day of the period, as <see cref="Step.Date"/> stores it.
/// </summary>
public readonly record struct StepDate(DateOnly Date, DatePrecision Precision)
{
    /// <summary>The pattern the published schema uses; <see cref="TryParse"/> also checks the day exists.</summary>
    public const string Pattern = "^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$";

    public static bool TryParse(string? text, out StepDate result)
    {
        result = default;
        if (text is null)
        {
            return false;
        }

        var (format, precision) = text.Length switch
        {
            4 => ("yyyy", DatePrecision.Year),
            7 => ("yyyy-MM", DatePrecision.Month),
            10 => ("yyyy-MM-dd", DatePrecision.Day),
            _ => ("", DatePrecision.Unknown),
        };
        if (precision == DatePrecision.Unknown
            || !DateOnly.TryParseExact(text, format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return false;
        }

        result = new StepDate(date, precision);
        return true;
    }

    /// <summary>Formats a stored date; a date without a known precision is written as a full day.</summary>
    public static string Format(DateOnly date, DatePrecision precision) => precision switch
    {
        DatePrecision.Year => date.ToString("yyyy", CultureInfo.InvariantCulture),
        DatePrecision.Month => date.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        _ => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
    };

    public override string ToString() => Format(Date, Precision);
}
