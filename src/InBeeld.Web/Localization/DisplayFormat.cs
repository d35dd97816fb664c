using System.Globalization;
using InBeeld.Core.Interviews;
using InBeeld.Web.Resources;
using Microsoft.Extensions.Localization;

namespace InBeeld.Web.Localization;

/// <summary>Dates and numbers as a reader expects them in the current UI language.</summary>
public static class DisplayFormat
{
    public static string Date(DateOnly date) =>
        date.ToString("d MMMM yyyy", CultureInfo.CurrentCulture);

    /// <summary>A step date only as precise as it was remembered: "2023", "maart 2023" or "14 maart 2023".</summary>
    public static string StepDate(DateOnly date, DatePrecision precision) => precision switch
    {
        DatePrecision.Year => date.ToString("yyyy", CultureInfo.CurrentCulture),
        DatePrecision.Month => date.ToString("MMMM yyyy", CultureInfo.CurrentCulture),
        _ => Date(date),
    };

    public static string? Period(DateOnly? start, DateOnly? end, IStringLocalizer<SharedText> text) => (start, end) switch
    {
        ({ } s, { } e) => text["PeriodFromTo", Date(s), Date(e)].Value,
        ({ } s, null) => text["PeriodFrom", Date(s)].Value,
        (null, { } e) => text["PeriodUntil", Date(e)].Value,
        _ => null,
    };

    /// <summary>A mean with one decimal in the reader's notation ("1,5" in Dutch).</summary>
    public static string Mean(double value) => value.ToString("+0.0;−0.0;0.0", CultureInfo.CurrentCulture);

    public static string Experience(int value) => value switch
    {
        > 0 => "+" + value.ToString(CultureInfo.InvariantCulture),
        < 0 => "−" + (-value).ToString(CultureInfo.InvariantCulture),
        _ => "0",
    };
}
