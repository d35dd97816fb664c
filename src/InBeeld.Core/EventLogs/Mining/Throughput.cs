using InBeeld.Core.EventLogs.Model;

namespace InBeeld.Core.EventLogs.Mining;

/// <summary>
/// Throughput time per case: from the start of its first occurrence to the completion of its last.
/// Empty cases have none (<see cref="PerCase"/> holds −1 for them) and are left out of <see cref="Overall"/>.
/// </summary>
public sealed record Throughput(DurationStatistics Overall, IReadOnlyList<long> PerCase)
{
    public static Throughput Compute(EventLog log)
    {
        var perCase = new long[log.CaseCount];
        var values = new List<long>(log.CaseCount);
        for (var c = 0; c < log.CaseCount; c++)
        {
            var first = log.CaseOffsets[c];
            var last = log.CaseOffsets[c + 1] - 1;
            perCase[c] = last < first ? -1 : Math.Max(0, log.Complete[last] - log.Start[first]);
            if (perCase[c] >= 0)
            {
                values.Add(perCase[c]);
            }
        }

        var span = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(values);
        return new Throughput(DurationStatistics.From(span), perCase);
    }
}
