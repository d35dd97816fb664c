using InBeeld.Web.Resources;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Microsoft.Extensions.Localization;

namespace InBeeld.Web.TagHelpers;

/// <summary>
/// Shared inputs of the field tag helpers. The label comes from the model's [Display] name
/// (localized), so the label, the error message and the error summary always use the same words.
/// </summary>
public abstract class FieldTagHelperBase(IStringLocalizer<SharedText> text) : TagHelper
{
    [HtmlAttributeName("asp-for")]
    public ModelExpression For { get; set; } = default!;

    /// <summary>Overrides the [Display] name as label text.</summary>
    public string? Label { get; set; }

    public string? Hint { get; set; }

    /// <summary>Marks the field "(niet verplicht)" in its label.</summary>
    public bool Optional { get; set; }

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = default!;

    protected IStringLocalizer<SharedText> Text => text;

    protected string LabelText => Label ?? For.Metadata.GetDisplayName();

    protected string? OptionalText => Optional ? Text["Optional"].Value : null;

    protected FieldState State() => FieldState.From(For, ViewContext);

    /// <summary>Replaces the tag with a Utrecht form field holding <paramref name="parts"/>.</summary>
    protected static void Render(TagHelperOutput output, TagBuilder wrapper, params TagBuilder?[] parts)
    {
        foreach (var part in parts)
        {
            if (part is not null)
            {
                wrapper.InnerHtml.AppendHtml(part);
            }
        }

        output.TagName = null;
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Content.SetHtmlContent(wrapper);
    }
}
