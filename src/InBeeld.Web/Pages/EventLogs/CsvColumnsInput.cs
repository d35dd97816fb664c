using InBeeld.Core.EventLogs.Csv;

namespace InBeeld.Web.Pages.EventLogs;

/// <summary>The CSV column chosen for each role on the preview step (empty: none).</summary>
public sealed record CsvColumnsInput
{
    public string? Case { get; init; }
    public string? Activity { get; init; }
    public string? Timestamp { get; init; }
    public string? StartTimestamp { get; init; }
    public string? Organization { get; init; }
    public string? Resource { get; init; }

    public static CsvColumnsInput From(CsvMappingSuggestion s) => new()
    {
        Case = s.Case, Activity = s.Activity, Timestamp = s.Timestamp, StartTimestamp = s.StartTimestamp, Organization = s.Organization, Resource = s.Resource,
    };

    /// <summary>The mapping, or null when case, activity or timestamp is missing.</summary>
    public CsvMapping? ToMapping() => new CsvMappingSuggestion(
        Blank(Case), Blank(Activity), Blank(Timestamp), Blank(StartTimestamp), Blank(Organization), Blank(Resource), null).ToMapping();

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
