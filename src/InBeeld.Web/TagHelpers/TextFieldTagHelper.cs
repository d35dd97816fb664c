using InBeeld.Web.Resources;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Microsoft.Extensions.Localization;

namespace InBeeld.Web.TagHelpers;

/// <summary>
/// <c>&lt;text-field asp-for="Input.Title" /&gt;</c>: label, hint, error and a Utrecht textbox or
/// textarea, with aria-describedby and aria-invalid wired up.
/// </summary>
[HtmlTargetElement("text-field", TagStructure = TagStructure.WithoutEndTag)]
public sealed class TextFieldTagHelper(IStringLocalizer<SharedText> text) : FieldTagHelperBase(text)
{
    /// <summary>The input type: text (default), date, number, search.</summary>
    public string Type { get; set; } = "text";

    /// <summary>Renders a textarea with this many rows instead of a single-line input.</summary>
    public int Rows { get; set; }

    public string? Autocomplete { get; set; } = "off";

    /// <summary>A width class suffix: xs, s, m (default none = full width).</summary>
    public string? Width { get; set; }

    public int? MaxLength { get; set; }

    public string? Inputmode { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var state = State();
        var hint = FieldParts.Hint(state, Hint);
        var control = Rows > 0 ? TextArea(state) : TextBox(state);
        control.Attributes["id"] = state.Id;
        control.Attributes["name"] = state.Name;
        if (MaxLength is { } max)
        {
            control.Attributes["maxlength"] = max.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        if (!string.IsNullOrEmpty(Width))
        {
            control.AddCssClass($"inbeeld-width-{Width}");
        }

        if (!Optional)
        {
            control.Attributes["aria-required"] = "true";
        }

        FieldParts.Describe(control, state, hint is not null);
        Render(output, FieldParts.Wrapper(state, Rows > 0 ? "textarea" : "text"),
            FieldParts.Label(state, LabelText, OptionalText), hint, FieldParts.Error(state, Text["ErrorPrefix"]), control);
    }

    private TagBuilder TextBox(FieldState state)
    {
        var input = new TagBuilder("input") { TagRenderMode = TagRenderMode.SelfClosing };
        input.AddCssClass("utrecht-textbox utrecht-textbox--html-input");
        if (state.IsInvalid)
        {
            input.AddCssClass("utrecht-textbox--invalid");
        }

        input.Attributes["type"] = Type;
        input.Attributes["value"] = state.Value ?? "";
        if (!string.IsNullOrEmpty(Autocomplete))
        {
            input.Attributes["autocomplete"] = Autocomplete;
        }

        if (!string.IsNullOrEmpty(Inputmode))
        {
            input.Attributes["inputmode"] = Inputmode;
        }

        return input;
    }

    private TagBuilder TextArea(FieldState state)
    {
        var area = new TagBuilder("textarea");
        area.AddCssClass("utrecht-textarea utrecht-textarea--html-textarea");
        if (state.IsInvalid)
        {
            area.AddCssClass("utrecht-textarea--invalid");
        }

        area.Attributes["rows"] = Rows.ToString(System.Globalization.CultureInfo.InvariantCulture);
        // A leading newline would be eaten by the HTML parser; the built-in tag helper adds one for the same reason.
        area.InnerHtml.AppendHtml("\n");
        area.InnerHtml.Append(state.Value ?? "");
        return area;
    }
}
