namespace InBeeld.Core.EventLogs.Xes;

/// <summary>
/// The attribute keys of the standard XES extensions the reader understands. A log may declare
/// another prefix for a standard extension (<c>&lt;extension prefix="c" uri=".../concept.xesext"/&gt;</c>);
/// the keys follow the declared prefix.
/// </summary>
internal sealed class XesKeys
{
    public const string ConceptUri = "http://www.xes-standard.org/concept.xesext";
    public const string TimeUri = "http://www.xes-standard.org/time.xesext";
    public const string LifecycleUri = "http://www.xes-standard.org/lifecycle.xesext";
    public const string OrgUri = "http://www.xes-standard.org/org.xesext";

    public string Name { get; private set; } = "concept:name";
    public string Timestamp { get; private set; } = "time:timestamp";
    public string Transition { get; private set; } = "lifecycle:transition";
    public string Resource { get; private set; } = "org:resource";
    public string Group { get; private set; } = "org:group";

    public void Declare(string? prefix, string? uri)
    {
        if (string.IsNullOrEmpty(prefix) || uri is null)
        {
            return;
        }

        // Extension URIs are compared without scheme differences (http/https) or a trailing slash.
        var normalized = uri.Trim().Replace("https://", "http://", StringComparison.OrdinalIgnoreCase).TrimEnd('/');
        switch (normalized.ToLowerInvariant())
        {
            case ConceptUri:
                Name = prefix + ":name";
                break;
            case TimeUri:
                Timestamp = prefix + ":timestamp";
                break;
            case LifecycleUri:
                Transition = prefix + ":transition";
                break;
            case OrgUri:
                Resource = prefix + ":resource";
                Group = prefix + ":group";
                break;
        }
    }
}
