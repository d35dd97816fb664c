namespace InBeeld.Web.Pages.Coding;

/// <summary>
/// A labelled field in a form repeated per row (a code, a quote), so its id must be unique on the
/// page; the model-bound tag helpers name fields after one property and cannot repeat.
/// </summary>
public sealed record PlainField(string Id, string Name, string Label, string? Value, string? Error, string Type = "text", int Rows = 0, string? Hint = null);

/// <summary>A labelled select repeated per row; see <see cref="PlainField"/>.</summary>
public sealed record PlainSelect(
    string Id, string Name, string Label, string? EmptyText, IEnumerable<Microsoft.AspNetCore.Mvc.Rendering.SelectListItem> Items, string? Selected, string? Error, string? Hint = null);
