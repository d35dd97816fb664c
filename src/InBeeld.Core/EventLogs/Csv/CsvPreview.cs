namespace InBeeld.Core.EventLogs.Csv;

/// <summary>
/// What a user sees before importing a CSV file: the detected delimiter and character set, the
/// columns, the first rows, the mapping guessed from the header, and how the timestamps look.
/// </summary>
public sealed record CsvPreview(
    string SourceName,
    CsvDialect Dialect,
    IReadOnlyList<string> Columns,
    IReadOnlyList<IReadOnlyList<string>> Rows,
    CsvMappingSuggestion Suggestion,
    string? TimeFormat);
