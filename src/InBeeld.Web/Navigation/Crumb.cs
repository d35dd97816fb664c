namespace InBeeld.Web.Navigation;

/// <summary>One step of the breadcrumb; the current page has no <see cref="Url"/>.</summary>
public sealed record Crumb(string Text, string? Url = null);
