namespace InBeeld.Web.Pages.Analysis.Export;

/// <summary>
/// The header row and the values of an analysis table as files write them: a column whose cells
/// are "n van N" becomes two columns (the count, and "van" the total), so a spreadsheet can
/// compute with them; other numeric cells stay numbers, the rest text.
/// </summary>
internal static class ExportColumns
{
    public static IReadOnlyList<string> Headers(AnalysisTable table, string ofWord)
    {
        var headers = new List<string>();
        for (var c = 0; c < table.Columns.Count; c++)
        {
            headers.Add(table.Columns[c]);
            if (IsCount(table, c))
            {
                headers.Add($"{table.Columns[c]} ({ofWord})");
            }
        }

        return headers;
    }

    /// <summary>Each cell as text or number (null: empty).</summary>
    public static IEnumerable<IReadOnlyList<object?>> Rows(AnalysisTable table)
    {
        foreach (var row in table.Rows)
        {
            var values = new List<object?>();
            for (var c = 0; c < table.Columns.Count; c++)
            {
                var cell = c < row.Count ? row[c] : null;
                if (IsCount(table, c))
                {
                    values.Add(cell?.Count?.Count);
                    values.Add(cell?.Count?.Total);
                }
                else
                {
                    values.Add(cell is null ? null : cell.Number is { } n ? n : cell.Text == "–" ? null : cell.Text);
                }
            }

            yield return values;
        }
    }

    private static bool IsCount(AnalysisTable table, int column) => table.Rows.Any(r => column < r.Count && r[column].Count is not null);
}
