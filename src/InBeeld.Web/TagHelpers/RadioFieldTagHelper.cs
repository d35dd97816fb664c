using InBeeld.Web.Resources;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Microsoft.Extensions.Localization;

namespace InBeeld.Web.TagHelpers;

/// <summary>
/// <c>&lt;radio-field asp-for="Input.Mode" items="…" /&gt;</c>: a fieldset whose legend is the field
/// name, one radio button per item. The first radio carries the field id so error links land on it.
/// </summary>
[HtmlTargetElement("radio-field", TagStructure = TagStructure.WithoutEndTag)]
public sealed class RadioFieldTagHelper(IStringLocalizer<SharedText> text) : FieldTagHelperBase(text)
{
    public IEnumerable<SelectListItem> Items { get; set; } = [];

    /// <summary>Lays the options out in a row (short scales such as −2…+2).</summary>
    public bool Inline { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var state = State();
        var fieldset = new TagBuilder("fieldset");
        fieldset.AddCssClass("utrecht-form-fieldset utrecht-form-fieldset--html-fieldset utrecht-form-fieldset--distanced");
        if (state.IsInvalid)
        {
            fieldset.AddCssClass("utrecht-form-fieldset--invalid");
        }

        var legend = new TagBuilder("legend");
        legend.AddCssClass("utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend");
        legend.InnerHtml.Append(LabelText);
        if (OptionalText is { } optional)
        {
            legend.InnerHtml.Append(" " + optional);
        }

        fieldset.InnerHtml.AppendHtml(legend);
        var hint = FieldParts.Hint(state, Hint);
        if (hint is not null)
        {
            fieldset.InnerHtml.AppendHtml(hint);
        }

        if (FieldParts.Error(state, Text["ErrorPrefix"]) is { } error)
        {
            fieldset.InnerHtml.AppendHtml(error);
        }

        if (state.DescribedBy(hint is not null) is { } describedBy)
        {
            fieldset.Attributes["aria-describedby"] = describedBy;
        }

        var options = new TagBuilder("div");
        options.AddCssClass(Inline ? "inbeeld-options inbeeld-options--inline" : "inbeeld-options");
        var index = 0;
        foreach (var item in Items)
        {
            options.InnerHtml.AppendHtml(Option(state, item, index == 0 ? state.Id : $"{state.Id}_{index}"));
            index++;
        }

        fieldset.InnerHtml.AppendHtml(options);
        output.TagName = null;
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Content.SetHtmlContent(fieldset);
    }

    private static TagBuilder Option(FieldState state, SelectListItem item, string id)
    {
        var value = item.Value ?? item.Text;
        var wrapper = new TagBuilder("div");
        wrapper.AddCssClass("utrecht-form-field utrecht-form-field--radio");

        var input = new TagBuilder("input") { TagRenderMode = TagRenderMode.SelfClosing };
        input.AddCssClass("utrecht-radio-button utrecht-radio-button--html-input");
        input.Attributes["type"] = "radio";
        input.Attributes["id"] = id;
        input.Attributes["name"] = state.Name;
        input.Attributes["value"] = value;
        if (string.Equals(state.Value ?? "", value, StringComparison.Ordinal))
        {
            input.Attributes["checked"] = "checked";
        }

        if (state.IsInvalid)
        {
            input.Attributes["aria-invalid"] = "true";
        }

        var label = new TagBuilder("label");
        label.AddCssClass("utrecht-form-label utrecht-form-label--radio");
        label.Attributes["for"] = id;
        label.InnerHtml.Append(item.Text);

        wrapper.InnerHtml.AppendHtml(input);
        wrapper.InnerHtml.AppendHtml(label);
        return wrapper;
    }
}
