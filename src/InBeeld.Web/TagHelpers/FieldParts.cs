using Microsoft.AspNetCore.Mvc.Rendering;

namespace InBeeld.Web.TagHelpers;

/// <summary>The label, hint and error message pieces shared by every field tag helper (Utrecht form-field markup).</summary>
internal static class FieldParts
{
    public static TagBuilder Wrapper(FieldState state, string kind)
    {
        var div = new TagBuilder("div");
        div.AddCssClass("utrecht-form-field utrecht-form-field--distanced");
        div.AddCssClass($"utrecht-form-field--{kind}");
        if (state.IsInvalid)
        {
            div.AddCssClass("utrecht-form-field--invalid");
        }

        return div;
    }

    public static TagBuilder Label(FieldState state, string text, string? optionalText, string cssClass = "utrecht-form-label")
    {
        var label = new TagBuilder("label");
        label.AddCssClass(cssClass);
        label.Attributes["for"] = state.Id;
        label.InnerHtml.Append(text);
        if (!string.IsNullOrEmpty(optionalText))
        {
            label.InnerHtml.Append(" ");
            var span = new TagBuilder("span");
            span.AddCssClass("inbeeld-optional");
            span.InnerHtml.Append(optionalText);
            label.InnerHtml.AppendHtml(span);
        }

        return label;
    }

    public static TagBuilder? Hint(FieldState state, string? hint)
    {
        if (string.IsNullOrEmpty(hint))
        {
            return null;
        }

        var div = new TagBuilder("div");
        div.AddCssClass("utrecht-form-field-description");
        div.Attributes["id"] = state.HintId;
        div.InnerHtml.Append(hint);
        return div;
    }

    public static TagBuilder? Error(FieldState state, string errorPrefix)
    {
        if (!state.IsInvalid)
        {
            return null;
        }

        var div = new TagBuilder("div");
        div.AddCssClass("utrecht-form-field-error-message");
        div.Attributes["id"] = state.ErrorId;
        var prefix = new TagBuilder("span");
        prefix.AddCssClass("inbeeld-visually-hidden");
        prefix.InnerHtml.Append(errorPrefix + " ");
        div.InnerHtml.AppendHtml(prefix);
        div.InnerHtml.Append(string.Join(" ", state.Errors));
        return div;
    }

    public static void Describe(TagBuilder control, FieldState state, bool hasHint)
    {
        if (state.DescribedBy(hasHint) is { } describedBy)
        {
            control.Attributes["aria-describedby"] = describedBy;
        }

        if (state.IsInvalid)
        {
            control.Attributes["aria-invalid"] = "true";
        }
    }
}
