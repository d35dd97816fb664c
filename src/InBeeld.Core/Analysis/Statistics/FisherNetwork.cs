using System.Runtime.InteropServices;

namespace InBeeld.Core.Analysis.Statistics;

/// <summary>
/// The Freeman–Halton extension of Fisher's exact test to r×c tables, computed as a network in the
/// manner of Mehta and Patel (1983): columns are filled one at a time; a node is the multiset of
/// row sums still to fill, and paths with equal probability so far are merged. At each node, bounds
/// on the most and least probable completion decide whether all completions count (added at once
/// with the closed-form total), none count, or the node must be expanded.
/// </summary>
internal static class FisherNetwork
{
    /// <summary>Past log weights closer than 1e-9 are merged: far below the 1e-7 tie tolerance.</summary>
    private const double MergeScale = 1e9;

    /// <summary>The two-sided p-value, or null when more than <paramref name="budget"/> steps would be needed.</summary>
    public static double? TwoSided(int[,] table, long budget)
    {
        var (rows, columns, cells) = Oriented(table);
        var n = rows.Sum();
        ArgumentOutOfRangeException.ThrowIfGreaterThan(n, (int)char.MaxValue, nameof(table));
        var lf = LogFactorials.Table(n);
        var constant = rows.Sum(r => lf[r]) + columns.Sum(c => lf[c]) - lf[n];
        var threshold = constant - cells.Sum(x => lf[x]) + Tolerance.LogRelative;
        var suffix = new double[columns.Length + 1];
        for (var j = columns.Length - 1; j >= 0; j--)
        {
            suffix[j] = suffix[j + 1] + lf[columns[j]];
        }

        var stage = new Dictionary<string, Node>(StringComparer.Ordinal) { [Key(rows)] = new Node(rows) };
        stage.Values.Single().Add(0, 1);
        double p = 0;
        long work = 0;
        for (var k = 0; k <= columns.Length; k++)
        {
            var next = new Dictionary<string, Node>(StringComparer.Ordinal);
            foreach (var node in stage.Values)
            {
                var bounds = Bounds(node.Rows, columns, k, lf, suffix);
                List<Arc>? arcs = null;
                foreach (var (logWeight, count) in node.Pasts.Values)
                {
                    if (constant + logWeight + bounds.Max <= threshold)
                    {
                        p += count * Math.Exp(constant + logWeight + bounds.Total);
                        continue;
                    }

                    if (constant + logWeight + bounds.Min > threshold || k == columns.Length)
                    {
                        continue;
                    }

                    if (arcs is null)
                    {
                        arcs = Arcs(node.Rows, columns[k], lf, next);
                        work += arcs.Count;
                    }

                    work += arcs.Count;
                    if (work > budget)
                    {
                        return null;
                    }

                    foreach (var arc in arcs)
                    {
                        arc.Child.Add(logWeight + arc.LogWeight, count * arc.Count);
                    }
                }
            }

            stage = next;
        }

        return Math.Min(1, p);
    }

    /// <summary>Rows become the smaller side (the node state), sorted; columns sorted largest first.</summary>
    private static (int[] Rows, int[] Columns, int[] Cells) Oriented(int[,] table)
    {
        var transpose = table.GetLength(0) > table.GetLength(1);
        var r = transpose ? table.GetLength(1) : table.GetLength(0);
        var c = transpose ? table.GetLength(0) : table.GetLength(1);
        var rows = new int[r];
        var columns = new int[c];
        var cells = new int[r * c];
        for (var i = 0; i < r; i++)
        {
            for (var j = 0; j < c; j++)
            {
                var x = transpose ? table[j, i] : table[i, j];
                rows[i] += x;
                columns[j] += x;
                cells[(i * c) + j] = x;
            }
        }

        Array.Sort(rows, (x, y) => y.CompareTo(x));
        Array.Sort(columns, (x, y) => y.CompareTo(x));
        return (rows, columns, cells);
    }

    /// <summary>Row sums as a string key: one char each (callers keep n below 65,536).</summary>
    private static string Key(int[] rows) => string.Create(rows.Length, rows, (span, r) =>
    {
        for (var i = 0; i < r.Length; i++)
        {
            span[i] = (char)r[i];
        }
    });

    private readonly record struct NodeBounds(double Total, double Max, double Min);

    /// <summary>
    /// Log of Σ Π 1/n_ij! over all completions (closed form), and bounds on the largest and smallest
    /// single completion from relaxing either the row or the column sums.
    /// </summary>
    private static NodeBounds Bounds(int[] rows, int[] columns, int k, double[] lf, double[] suffix)
    {
        var remaining = rows.Sum();
        var total = lf[remaining] - rows.Sum(r => lf[r]) - suffix[k];
        if (k == columns.Length)
        {
            return new NodeBounds(0, 0, 0);
        }

        var rest = columns.AsSpan(k).ToArray();
        double columnMax = 0, columnMin = 0, rowMax = 0, rowMin = 0;
        foreach (var c in rest)
        {
            columnMax += Spread(c, rows, lf);
            columnMin += Concentrate(c, rows, lf);
        }

        foreach (var r in rows)
        {
            rowMax += Spread(r, rest, lf);
            rowMin += Concentrate(r, rest, lf);
        }

        return new NodeBounds(total, Math.Min(columnMax, rowMax), Math.Max(columnMin, rowMin));
    }

    /// <summary>Max of −Σ ln x_i! with Σ x_i = amount, x_i ≤ caps_i: spread as evenly as the caps allow.</summary>
    private static double Spread(int amount, int[] caps, double[] lf)
    {
        var sorted = (int[])caps.Clone();
        Array.Sort(sorted);
        double result = 0;
        for (var i = 0; i < sorted.Length; i++)
        {
            var left = sorted.Length - i;
            if ((long)sorted[i] * left <= amount)
            {
                result -= lf[sorted[i]];
                amount -= sorted[i];
                continue;
            }

            var share = amount / left;
            var extra = amount % left;
            return result - (extra * lf[share + 1]) - ((left - extra) * lf[share]);
        }

        return result;
    }

    /// <summary>Min of −Σ ln x_i! with Σ x_i = amount, x_i ≤ caps_i: fill the largest caps first.</summary>
    private static double Concentrate(int amount, int[] caps, double[] lf)
    {
        var sorted = (int[])caps.Clone();
        Array.Sort(sorted, (x, y) => y.CompareTo(x));
        double result = 0;
        foreach (var cap in sorted)
        {
            var x = Math.Min(cap, amount);
            result -= lf[x];
            amount -= x;
        }

        return result;
    }

    private sealed record Arc(Node Child, double LogWeight, double Count);

    /// <summary>
    /// Every way to fill one column of sum <paramref name="column"/> under the row sums, each tied to
    /// its child node in <paramref name="next"/> (created when new), equal children with equal weight merged.
    /// </summary>
    private static List<Arc> Arcs(int[] rows, int column, double[] lf, Dictionary<string, Node> next)
    {
        var capacityAfter = new int[rows.Length + 1];
        for (var i = rows.Length - 1; i >= 0; i--)
        {
            capacityAfter[i] = capacityAfter[i + 1] + rows[i];
        }

        var merged = new Dictionary<(string, long), Arc>();
        var x = new int[rows.Length];
        void Fill(int i, int left, double logWeight)
        {
            if (i == rows.Length)
            {
                var child = new int[rows.Length];
                for (var r = 0; r < rows.Length; r++)
                {
                    child[r] = rows[r] - x[r];
                }

                Array.Sort(child, (a, b) => b.CompareTo(a));
                var key = Key(child);
                var id = (key, (long)Math.Round(logWeight * MergeScale));
                if (merged.TryGetValue(id, out var arc))
                {
                    merged[id] = arc with { Count = arc.Count + 1 };
                    return;
                }

                if (!next.TryGetValue(key, out var node))
                {
                    next[key] = node = new Node(child);
                }

                merged[id] = new Arc(node, logWeight, 1);
                return;
            }

            for (var v = Math.Max(0, left - capacityAfter[i + 1]); v <= Math.Min(rows[i], left); v++)
            {
                x[i] = v;
                Fill(i + 1, left - v, logWeight - lf[v]);
            }
        }

        Fill(0, column, 0);
        return [.. merged.Values];
    }

    /// <summary>Rounded log weights are close together; mixing the bits keeps the dictionary's buckets apart.</summary>
    private sealed class MixedHash : IEqualityComparer<long>
    {
        public static readonly MixedHash Instance = new();

        public bool Equals(long x, long y) => x == y;

        public int GetHashCode(long obj) => (int)((ulong)(obj * unchecked((long)0x9E3779B97F4A7C15)) >> 32);
    }

    private sealed class Node(int[] rows)
    {
        public int[] Rows { get; } = rows;
        public Dictionary<long, (double LogWeight, double Count)> Pasts { get; } = new(MixedHash.Instance);

        public void Add(double logWeight, double count)
        {
            ref var past = ref CollectionsMarshal.GetValueRefOrAddDefault(Pasts, (long)Math.Round(logWeight * MergeScale), out var exists);
            past = exists ? (past.LogWeight, past.Count + count) : (logWeight, count);
        }
    }
}
