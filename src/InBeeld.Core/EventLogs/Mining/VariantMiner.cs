using System.Numerics;
using InBeeld.Core.EventLogs.Model;

namespace InBeeld.Core.EventLogs.Mining;

/// <summary>
/// Groups cases by their activity sequence: a 64-bit hash of each case's activities finds the
/// candidates, a comparison with the variant's first case makes it exact (hash collisions cannot
/// merge two variants). Linear in the number of events.
/// </summary>
public static class VariantMiner
{
    public static VariantSet Mine(EventLog log)
    {
        var offsets = log.CaseOffsets;
        var activity = log.Activity;
        var byHash = new Dictionary<ulong, int>(Math.Max(16, log.CaseCount / 8));
        var firstCase = new List<int>();
        var counts = new List<int>();
        var collisionNext = new List<int>();
        var variantOfCase = new int[log.CaseCount];
        for (var c = 0; c < log.CaseCount; c++)
        {
            var sequence = activity[offsets[c]..offsets[c + 1]];
            var hash = Hash(sequence);
            var variant = -1;
            if (byHash.TryGetValue(hash, out var candidate))
            {
                // Walk the (almost always one-long) chain of variants sharing this hash.
                for (var v = candidate; v >= 0; v = collisionNext[v])
                {
                    var other = firstCase[v];
                    if (sequence.SequenceEqual(activity[offsets[other]..offsets[other + 1]]))
                    {
                        variant = v;
                        break;
                    }
                }
            }

            if (variant < 0)
            {
                variant = firstCase.Count;
                firstCase.Add(c);
                counts.Add(0);
                collisionNext.Add(byHash.TryGetValue(hash, out var head) ? head : -1);
                byHash[hash] = variant;
            }

            counts[variant]++;
            variantOfCase[c] = variant;
        }

        var names = log.ActivityNames;
        var order = Enumerable.Range(0, firstCase.Count).ToArray();
        Array.Sort(order, (x, y) =>
        {
            var byCount = counts[y].CompareTo(counts[x]);
            return byCount != 0 ? byCount : CompareSequences(log, firstCase[x], firstCase[y], names);
        });
        var rank = new int[order.Length];
        var variants = new Variant[order.Length];
        for (var r = 0; r < order.Length; r++)
        {
            var v = order[r];
            rank[v] = r;
            var c = firstCase[v];
            variants[r] = new Variant(activity[offsets[c]..offsets[c + 1]].ToArray(), counts[v], log.CaseCount == 0 ? 0 : counts[v] / (double)log.CaseCount, c);
        }

        for (var c = 0; c < variantOfCase.Length; c++)
        {
            variantOfCase[c] = rank[variantOfCase[c]];
        }

        return new VariantSet(names, variants, variantOfCase);
    }

    private static int CompareSequences(EventLog log, int a, int b, IReadOnlyList<string> names)
    {
        var x = log.Activity[log.CaseOffsets[a]..log.CaseOffsets[a + 1]];
        var y = log.Activity[log.CaseOffsets[b]..log.CaseOffsets[b + 1]];
        for (var i = 0; i < Math.Min(x.Length, y.Length); i++)
        {
            var byName = string.CompareOrdinal(names[x[i]], names[y[i]]);
            if (byName != 0)
            {
                return byName;
            }
        }

        return x.Length.CompareTo(y.Length);
    }

    private static ulong Hash(ReadOnlySpan<int> sequence)
    {
        const ulong Prime = 0x9E3779B97F4A7C15;
        var hash = (ulong)sequence.Length * Prime;
        foreach (var a in sequence)
        {
            hash = BitOperations.RotateLeft((hash ^ (uint)a) * Prime, 31);
        }

        return hash ^ (hash >> 29);
    }
}
