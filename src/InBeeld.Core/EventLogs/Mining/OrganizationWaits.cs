using InBeeld.Core.EventLogs.Model;

namespace InBeeld.Core.EventLogs.Mining;

/// <summary>
/// Waiting time between organisations: for every two consecutive occurrences in a case whose
/// organisations are known and differ, the time from the completion of the first to the start of
/// the second (0 when they overlap). Grouped per (from, to) pair, most frequent first.
/// </summary>
public static class OrganizationWaits
{
    public static IReadOnlyList<OrganizationHandover> Compute(EventLog log)
    {
        var waits = new Dictionary<(int From, int To), List<long>>();
        var cases = new Dictionary<(int From, int To), int>();
        var seenInCase = new HashSet<(int, int)>();
        for (var c = 0; c < log.CaseCount; c++)
        {
            seenInCase.Clear();
            for (var e = log.CaseOffsets[c]; e < log.CaseOffsets[c + 1] - 1; e++)
            {
                var from = log.Organization[e];
                var to = log.Organization[e + 1];
                if (from < 0 || to < 0 || from == to)
                {
                    continue;
                }

                if (!waits.TryGetValue((from, to), out var list))
                {
                    waits[(from, to)] = list = [];
                }

                list.Add(Math.Max(0, log.Start[e + 1] - log.Complete[e]));
                if (seenInCase.Add((from, to)))
                {
                    cases[(from, to)] = cases.GetValueOrDefault((from, to)) + 1;
                }
            }
        }

        return [.. waits
            .Select(p => new OrganizationHandover(p.Key.From, p.Key.To, p.Value.Count, cases[p.Key], DurationStatistics.From(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(p.Value))))
            .OrderByDescending(h => h.Count).ThenBy(h => h.From).ThenBy(h => h.To)];
    }
}
