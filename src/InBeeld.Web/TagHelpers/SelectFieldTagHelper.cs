using InBeeld.Web.Resources;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Microsoft.Extensions.Localization;

namespace InBeeld.Web.TagHelpers;

/// <summary><c>&lt;select-field asp-for="Input.PhaseId" items="Model.Phases" empty-text="…" /&gt;</c>.</summary>
[HtmlTargetElement("select-field", TagStructure = TagStructure.WithoutEndTag)]
public sealed class SelectFieldTagHelper(IStringLocalizer<SharedText> text) : FieldTagHelperBase(text)
{
    public IEnumerable<SelectListItem> Items { get; set; } = [];

    /// <summary>Text of a first, empty option; none when null.</summary>
    public string? EmptyText { get; set; }

    public bool Multiple { get; set; }

    public int Size { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var state = State();
        var hint = FieldParts.Hint(state, Hint);
        var selected = SelectedValues(state);

        var select = new TagBuilder("select");
        select.AddCssClass("utrecht-select utrecht-select--html-select");
        if (state.IsInvalid)
        {
            select.AddCssClass("utrecht-select--invalid");
        }

        select.Attributes["id"] = state.Id;
        select.Attributes["name"] = state.Name;
        if (Multiple)
        {
            select.Attributes["multiple"] = "multiple";
            select.AddCssClass("inbeeld-select-multiple");
        }

        if (Size > 0)
        {
            select.Attributes["size"] = Size.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        if (EmptyText is not null)
        {
            select.InnerHtml.AppendHtml(Option("", EmptyText, selected.Count == 0 || selected.Contains("")));
        }

        // Items with a group go into an <optgroup>, in the order the groups first appear.
        TagBuilder? group = null;
        foreach (var item in Items)
        {
            var option = Option(item.Value ?? item.Text, item.Text, selected.Contains(item.Value ?? item.Text));
            if (item.Group is null)
            {
                group = null;
                select.InnerHtml.AppendHtml(option);
                continue;
            }

            if (group is null || group.Attributes["label"] != item.Group.Name)
            {
                group = new TagBuilder("optgroup");
                group.Attributes["label"] = item.Group.Name;
                select.InnerHtml.AppendHtml(group);
            }

            group.InnerHtml.AppendHtml(option);
        }

        FieldParts.Describe(select, state, hint is not null);
        Render(output, FieldParts.Wrapper(state, "select"),
            FieldParts.Label(state, LabelText, OptionalText), hint, FieldParts.Error(state, Text["ErrorPrefix"]), select);
    }

    private HashSet<string> SelectedValues(FieldState state)
    {
        if (For.Model is System.Collections.IEnumerable list and not string
            && !(ViewContext.ViewData.ModelState.TryGetValue(state.Name, out var entry) && entry.AttemptedValue is not null))
        {
            return list.Cast<object?>().Select(FieldState.Format).OfType<string>().ToHashSet(StringComparer.Ordinal);
        }

        if (ViewContext.ViewData.ModelState.TryGetValue(state.Name, out var attempted) && attempted.RawValue is string[] many)
        {
            return many.ToHashSet(StringComparer.Ordinal);
        }

        return state.Value is null ? [] : [state.Value];
    }

    private static TagBuilder Option(string value, string label, bool selected)
    {
        var option = new TagBuilder("option");
        option.Attributes["value"] = value;
        if (selected)
        {
            option.Attributes["selected"] = "selected";
        }

        option.InnerHtml.Append(label);
        return option;
    }
}
