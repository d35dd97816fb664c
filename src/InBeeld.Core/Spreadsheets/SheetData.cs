namespace InBeeld.Core.Spreadsheets;

/// <summary>
/// One worksheet: a header row and data rows. Cell values are strings, numbers (int, long, double)
/// or dates (DateOnly); null leaves the cell empty. Numbers stay numbers, so Excel can sum and sort them.
/// </summary>
public sealed record SheetData(string Name, IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<object?>> Rows);
