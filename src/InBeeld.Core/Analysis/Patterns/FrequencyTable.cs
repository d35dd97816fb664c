namespace InBeeld.Core.Analysis.Patterns;

/// <summary>
/// Frequencies by one dimension, rows in vocabulary order (codebook order for codes) with the
/// "not filled in" row last when it occurs. Every row has the same denominator: the interviews analysed.
/// </summary>
public sealed record FrequencyTable(PatternDimension Dimension, IReadOnlyList<FrequencyRow> Rows)
{
    /// <summary>Rows by interviews (most first), ties in table order: the top patterns.</summary>
    public IEnumerable<FrequencyRow> Top(int count) =>
        Rows.Select((r, i) => (r, i)).OrderByDescending(x => x.r.Interviews.Count).ThenBy(x => x.i).Take(count).Select(x => x.r);
}
