namespace InBeeld.Core.Analysis.Agreement;

/// <summary>
/// Cohen's κ for two coders: (p_o − p_e) / (1 − p_e), with p_e from each coder's own category
/// proportions. Only units both coders judged count.
/// </summary>
public static class CohenKappa
{
    /// <summary>Null when fewer than one unit was judged by both, or when chance agreement is already 1.</summary>
    public static KappaResult Compute(ReliabilityData data)
    {
        if (data.Coders != 2)
        {
            throw new ArgumentException("Cohen's kappa compares exactly two coders.", nameof(data));
        }

        var first = new Dictionary<int, int>();
        var second = new Dictionary<int, int>();
        int units = 0, agreeing = 0;
        for (var u = 0; u < data.Units; u++)
        {
            if (data[u, 0] is not { } a || data[u, 1] is not { } b)
            {
                continue;
            }

            units++;
            agreeing += a == b ? 1 : 0;
            first[a] = first.GetValueOrDefault(a) + 1;
            second[b] = second.GetValueOrDefault(b) + 1;
        }

        if (units == 0)
        {
            return new KappaResult(null, null, null, 0);
        }

        var observed = (double)agreeing / units;
        var chance = first.Sum(kv => (double)kv.Value / units * second.GetValueOrDefault(kv.Key) / units);
        double? kappa = chance >= 1 ? null : (observed - chance) / (1 - chance);
        return new KappaResult(kappa, observed, chance, units);
    }
}
