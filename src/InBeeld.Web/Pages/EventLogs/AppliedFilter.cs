namespace InBeeld.Web.Pages.EventLogs;

/// <summary>A filter that was applied, as a text key of EventLogPageText and its arguments (for the "Gefilterd: …" line).</summary>
public sealed record AppliedFilter(string TextKey, params string[] Arguments);
