using System.Globalization;
using InBeeld.Core.Reference;
using InBeeld.Web.Resources;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;

namespace InBeeld.Web.Pages.Studies;

/// <summary>Checks on <see cref="StudyInput"/> that attributes cannot express; adds errors under the field's name.</summary>
internal static class StudyValidation
{
    public sealed record Period(DateOnly? Start, DateOnly? End);

    public static Period Check(StudyInput input, ModelStateDictionary modelState, IStringLocalizer<StudyText> text, string prefix = "Input")
    {
        var start = ParseDate(input.PeriodStart, $"{prefix}.{nameof(StudyInput.PeriodStart)}", text["Field_PeriodStart"], modelState, text);
        var end = ParseDate(input.PeriodEnd, $"{prefix}.{nameof(StudyInput.PeriodEnd)}", text["Field_PeriodEnd"], modelState, text);
        if (start is { } s && end is { } e && e < s)
        {
            modelState.AddModelError($"{prefix}.{nameof(StudyInput.PeriodEnd)}", text["PeriodEndBeforeStart"]);
        }

        foreach (var code in input.Municipalities.Distinct(StringComparer.Ordinal))
        {
            if (!MunicipalityRegistry.TryGet(code, out _))
            {
                modelState.AddModelError($"{prefix}.{nameof(StudyInput.Municipalities)}", text["UnknownMunicipality", code]);
            }
        }

        return new Period(start, end);
    }

    /// <summary>Reads an ISO date (what a date input posts) or a Dutch day-month-year.</summary>
    public static DateOnly? ParseDate(string? value, string key, string label, ModelStateDictionary modelState, IStringLocalizer text)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        string[] formats = ["yyyy-MM-dd", "d-M-yyyy", "d/M/yyyy"];
        if (DateOnly.TryParseExact(value.Trim(), formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        modelState.AddModelError(key, text["InvalidDate", label]);
        return null;
    }

    public static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
