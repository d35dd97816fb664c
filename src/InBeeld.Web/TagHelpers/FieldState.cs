using System.Globalization;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace InBeeld.Web.TagHelpers;

/// <summary>
/// What a form field needs to render itself: its name and id (as the built-in tag helpers make
/// them, so the error summary can link to it), the value to show, and its errors.
/// </summary>
public sealed record FieldState(string Name, string Id, string? Value, IReadOnlyList<string> Errors)
{
    public bool IsInvalid => Errors.Count > 0;

    public string ErrorId => Id + "-error";

    public string HintId => Id + "-hint";

    public static FieldState From(ModelExpression expression, ViewContext viewContext)
    {
        var name = viewContext.ViewData.TemplateInfo.GetFullHtmlFieldName(expression.Name);
        var errors = new List<string>();
        string? value = null;
        var hasAttempt = false;
        if (viewContext.ViewData.ModelState.TryGetValue(name, out var entry))
        {
            errors.AddRange(entry.Errors.Select(e => e.ErrorMessage));
            hasAttempt = entry.AttemptedValue is not null;
            value = entry.AttemptedValue;
        }

        if (!hasAttempt)
        {
            value = Format(expression.Model);
        }

        return new FieldState(name, IdFor(name), value, errors);
    }

    public static string IdFor(string fullName) => TagBuilder.CreateSanitizedId(fullName, "_");

    /// <summary>Values as HTML inputs expect them: dates ISO, numbers invariant.</summary>
    public static string? Format(object? model) => model switch
    {
        null => null,
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        bool flag => flag ? "true" : "false",
        Enum e => e.ToString(),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => model.ToString(),
    };

    /// <summary>The aria-describedby value: the hint first, then the error, as a screen reader should read them.</summary>
    public string? DescribedBy(bool hasHint)
    {
        var ids = new List<string>();
        if (hasHint)
        {
            ids.Add(HintId);
        }

        if (IsInvalid)
        {
            ids.Add(ErrorId);
        }

        return ids.Count == 0 ? null : string.Join(' ', ids);
    }
}
