using InBeeld.Web.Resources;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Microsoft.Extensions.Localization;

namespace InBeeld.Web.TagHelpers;

/// <summary><c>&lt;checkbox-field asp-for="Input.ConsentGiven" /&gt;</c> for a bool, with the hidden "false" MVC expects.</summary>
[HtmlTargetElement("checkbox-field", TagStructure = TagStructure.WithoutEndTag)]
public sealed class CheckboxFieldTagHelper(IStringLocalizer<SharedText> text) : FieldTagHelperBase(text)
{
    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var state = State();
        var hint = FieldParts.Hint(state, Hint);

        var input = new TagBuilder("input") { TagRenderMode = TagRenderMode.SelfClosing };
        input.AddCssClass("utrecht-checkbox utrecht-checkbox--html-input");
        input.Attributes["type"] = "checkbox";
        input.Attributes["id"] = state.Id;
        input.Attributes["name"] = state.Name;
        input.Attributes["value"] = "true";
        if (string.Equals(state.Value, "true", StringComparison.OrdinalIgnoreCase)
            || (state.Value?.StartsWith("true,", StringComparison.OrdinalIgnoreCase) ?? false))
        {
            input.Attributes["checked"] = "checked";
        }

        FieldParts.Describe(input, state, hint is not null);

        var hidden = new TagBuilder("input") { TagRenderMode = TagRenderMode.SelfClosing };
        hidden.Attributes["type"] = "hidden";
        hidden.Attributes["name"] = state.Name;
        hidden.Attributes["value"] = "false";

        Render(output, FieldParts.Wrapper(state, "checkbox"),
            FieldParts.Error(state, Text["ErrorPrefix"]), input,
            FieldParts.Label(state, LabelText, OptionalText, "utrecht-form-label utrecht-form-label--checkbox"), hint, hidden);
    }
}
