using InBeeld.Core.Analysis;
using InBeeld.Core.Analysis.Evidence;

namespace InBeeld.Web.Pages.Analysis;

/// <summary>
/// One analysis table as the page shows it and the exports write it. The first cell of a row is
/// its header. A cell with a <see cref="TableCell.Count"/> shows "12 van 36" and exports as two
/// numbers; a cell with <see cref="TableCell.Evidence"/> links to the interviews behind it.
/// </summary>
public sealed record AnalysisTable(string Key, string Title, string Caption, IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<TableCell>> Rows)
{
    public IReadOnlyList<string> Notes { get; init; } = [];
}

/// <param name="Text">What the page shows.</param>
/// <param name="Number">The value an export writes as a number, when the cell is one.</param>
/// <param name="Count">"n van N": exports write count and total in two columns.</param>
public sealed record TableCell(string Text, double? Number = null, Proportion? Count = null, EvidenceFilter? Evidence = null)
{
    public static TableCell Of(string text) => new(text);

    public static TableCell Of(int value) => new(value.ToString("N0", System.Globalization.CultureInfo.CurrentCulture), value);

    public static TableCell Of(double? value, string format = "0.0") =>
        value is { } v ? new(v.ToString(format, System.Globalization.CultureInfo.CurrentCulture), v) : new("–");

    public static TableCell Of(Proportion value, EvidenceFilter? evidence = null) =>
        new(Core.Localization.AnalysisText.Proportion(value), Count: value, Evidence: evidence);
}
