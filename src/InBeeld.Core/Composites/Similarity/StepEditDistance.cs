namespace InBeeld.Core.Composites.Similarity;

/// <summary>
/// Weighted Levenshtein distance between two routes' step tokens (<see cref="StepTokens"/>): the
/// cheapest way to turn one route into the other by inserting, deleting and substituting steps.
/// Order matters, which is the point: "school, then UWV" differs from "UWV, then school".
/// </summary>
public static class StepEditDistance
{
    /// <summary>The raw cost in <see cref="StepTokens"/> units (an insertion costs 2).</summary>
    public static int Cost(ReadOnlySpan<int> a, ReadOnlySpan<int> b)
    {
        if (a.Length < b.Length)
        {
            // The row runs over the shorter route, so the buffer stays small.
            var swap = a;
            a = b;
            b = swap;
        }

        Span<int> row = b.Length < 256 ? stackalloc int[b.Length + 1] : new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            row[j] = j * StepTokens.IndelCost;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            var diagonal = row[0];
            row[0] = i * StepTokens.IndelCost;
            var token = a[i - 1];
            for (var j = 1; j <= b.Length; j++)
            {
                var above = row[j];
                var best = diagonal + StepTokens.SubstitutionCost(token, b[j - 1]);
                var indel = Math.Min(above, row[j - 1]) + StepTokens.IndelCost;
                row[j] = best < indel ? best : indel;
                diagonal = above;
            }
        }

        return row[b.Length];
    }

    /// <summary>
    /// The cost divided by the cost of the worst case (every step of the longer route replaced or
    /// inserted), so 0 is the same route and 1 shares nothing, whatever the routes' lengths.
    /// Two empty routes are equal.
    /// </summary>
    public static double Normalized(ReadOnlySpan<int> a, ReadOnlySpan<int> b)
    {
        var longest = Math.Max(a.Length, b.Length);
        return longest == 0 ? 0 : Cost(a, b) / (double)(longest * StepTokens.IndelCost);
    }

    /// <summary>
    /// An optimal alignment: pairs (position in <paramref name="a"/>, position in <paramref name="b"/>)
    /// of steps that stand for each other — equal, or sharing phase or organisation. Steps that share
    /// neither are reported as unpaired even where the cheapest path substitutes them. Ties between
    /// equally cheap paths go to substitution, then to skipping a step of <paramref name="a"/>, so the
    /// same routes always align the same way.
    /// </summary>
    public static IReadOnlyList<(int A, int B)> Align(ReadOnlySpan<int> a, ReadOnlySpan<int> b)
    {
        var width = b.Length + 1;
        var table = new int[(a.Length + 1) * width];
        for (var j = 0; j <= b.Length; j++)
        {
            table[j] = j * StepTokens.IndelCost;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            table[i * width] = i * StepTokens.IndelCost;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitute = table[((i - 1) * width) + j - 1] + StepTokens.SubstitutionCost(a[i - 1], b[j - 1]);
                var skipA = table[((i - 1) * width) + j] + StepTokens.IndelCost;
                var skipB = table[(i * width) + j - 1] + StepTokens.IndelCost;
                table[(i * width) + j] = Math.Min(substitute, Math.Min(skipA, skipB));
            }
        }

        var pairs = new List<(int, int)>();
        int x = a.Length, y = b.Length;
        while (x > 0 && y > 0)
        {
            var here = table[(x * width) + y];
            var cost = StepTokens.SubstitutionCost(a[x - 1], b[y - 1]);
            if (here == table[((x - 1) * width) + y - 1] + cost)
            {
                if (cost < StepTokens.IndelCost)
                {
                    pairs.Add((x - 1, y - 1));
                }

                x--;
                y--;
            }
            else if (here == table[((x - 1) * width) + y] + StepTokens.IndelCost)
            {
                x--;
            }
            else
            {
                y--;
            }
        }

        pairs.Reverse();
        return pairs;
    }
}
