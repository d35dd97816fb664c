namespace InBeeld.Core.EventLogs.Mining;

/// <summary>
/// Keeps (or with <see cref="Keep"/> false, removes) the cases where <see cref="Key"/> has one of
/// <see cref="Values"/>: a case attribute, or any event's attribute, activity (concept:name),
/// resource (org:resource) or organisation (org:group). Values compare as text.
/// </summary>
public sealed record AttributeFilter(string Key, IReadOnlySet<string> Values, bool Keep = true);
