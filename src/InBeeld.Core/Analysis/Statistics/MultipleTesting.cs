namespace InBeeld.Core.Analysis.Statistics;

/// <summary>
/// Many subgroup tests at once make some small p-values appear by chance. Benjamini–Hochberg adjusts
/// each p-value so that acting on all adjusted values below q keeps the expected share of false
/// findings below q — the usual choice for exploring many differences.
/// </summary>
public static class MultipleTesting
{
    /// <summary>Adjusted p-values in the input order; null entries (untestable) stay null and do not count as tests.</summary>
    public static double?[] BenjaminiHochberg(IReadOnlyList<double?> pValues)
    {
        var tested = pValues.Select((p, i) => (p, i)).Where(x => x.p is not null).OrderBy(x => x.p!.Value).ThenBy(x => x.i).ToList();
        var adjusted = new double?[pValues.Count];
        var m = tested.Count;
        var running = 1.0;
        for (var rank = m; rank >= 1; rank--)
        {
            var (p, index) = tested[rank - 1];
            running = Math.Min(running, p!.Value * m / rank);
            adjusted[index] = running;
        }

        return adjusted;
    }
}
