namespace InBeeld.Core.Analysis.Agreement;

/// <summary>
/// Reliability data in Krippendorff's canonical form: for each unit (a quote, a fragment) the
/// nominal value each coder gave it, or nothing when the coder did not judge that unit. Values are
/// category labels; only equality matters.
/// </summary>
public sealed class ReliabilityData
{
    private const int Missing = int.MinValue;
    private readonly int[] _values;

    private ReliabilityData(int units, int coders, int[] values)
    {
        Units = units;
        Coders = coders;
        _values = values;
    }

    public int Units { get; }
    public int Coders { get; }

    /// <summary>The value <paramref name="coder"/> gave <paramref name="unit"/>, or null.</summary>
    public int? this[int unit, int coder] => _values[(unit * Coders) + coder] is var v && v != Missing ? v : null;

    /// <summary>
    /// One row per coder, one column per unit, as Krippendorff tabulates them; null is a missing value.
    /// </summary>
    public static ReliabilityData FromCoderRows(IReadOnlyList<IReadOnlyList<int?>> rows)
    {
        if (rows.Count < 2)
        {
            throw new ArgumentException("Agreement needs at least two coders.", nameof(rows));
        }

        var units = rows[0].Count;
        if (rows.Any(r => r.Count != units))
        {
            throw new ArgumentException("Every coder row needs one entry per unit.", nameof(rows));
        }

        var values = new int[units * rows.Count];
        for (var c = 0; c < rows.Count; c++)
        {
            for (var u = 0; u < units; u++)
            {
                var value = rows[c][u];
                if (value == Missing)
                {
                    throw new ArgumentOutOfRangeException(nameof(rows), "int.MinValue is reserved for a missing value.");
                }

                values[(u * rows.Count) + c] = value ?? Missing;
            }
        }

        return new ReliabilityData(units, rows.Count, values);
    }

    /// <summary>The values of one unit that are present, in coder order.</summary>
    internal void CopyPresent(int unit, List<int> into)
    {
        into.Clear();
        for (var c = 0; c < Coders; c++)
        {
            var v = _values[(unit * Coders) + c];
            if (v != Missing)
            {
                into.Add(v);
            }
        }
    }
}
