using InBeeld.Core.EventLogs.Model;

namespace InBeeld.Core.EventLogs.Mining;

/// <summary>
/// Drop-out: a case whose last activity is not one of the outcome activities the user names, and
/// whose last event lies at least <c>quietPeriod</c> before the last event of the whole log (so a
/// case that is merely still under way is not counted). Empty cases are counted apart.
/// </summary>
public static class DropOutAnalysis
{
    public static DropOutReport Compute(EventLog log, IReadOnlyCollection<string> outcomes, TimeSpan quietPeriod)
    {
        var isOutcome = new bool[log.ActivityNames.Count];
        var unknown = new List<string>();
        foreach (var name in outcomes)
        {
            var index = IndexOf(log.ActivityNames, name);
            if (index < 0)
            {
                unknown.Add(name);
            }
            else
            {
                isOutcome[index] = true;
            }
        }

        var logEnd = log.EventCount == 0 ? 0 : Max(log.Complete);
        var byActivity = new Dictionary<int, List<long>>();
        var byOrganization = new Dictionary<int, List<long>>();
        var all = new List<long>();
        int empty = 0, withOutcome = 0, running = 0;
        for (var c = 0; c < log.CaseCount; c++)
        {
            var first = log.CaseOffsets[c];
            var last = log.CaseOffsets[c + 1] - 1;
            if (last < first)
            {
                empty++;
                continue;
            }

            if (isOutcome[log.Activity[last]])
            {
                withOutcome++;
                continue;
            }

            if (logEnd - log.Complete[last] < quietPeriod.Ticks)
            {
                running++;
                continue;
            }

            var underWay = Math.Max(0, log.Complete[last] - log.Start[first]);
            all.Add(underWay);
            Add(byActivity, log.Activity[last], underWay);
            if (log.Organization[last] >= 0)
            {
                Add(byOrganization, log.Organization[last], underWay);
            }
        }

        return new DropOutReport
        {
            Cases = log.CaseCount,
            EmptyCases = empty,
            WithOutcome = withOutcome,
            Running = running,
            DroppedOut = all.Count,
            ByLastActivity = Points(byActivity, all.Count),
            ByLastOrganization = Points(byOrganization, all.Count),
            TimeUnderWay = DurationStatistics.From(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(all)),
            UnknownOutcomes = unknown,
        };
    }

    private static int IndexOf(IReadOnlyList<string> names, string name)
    {
        for (var i = 0; i < names.Count; i++)
        {
            if (string.Equals(names[i], name.Trim(), StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    private static long Max(ReadOnlySpan<long> values)
    {
        var max = long.MinValue;
        foreach (var v in values)
        {
            max = Math.Max(max, v);
        }

        return max;
    }

    private static void Add(Dictionary<int, List<long>> groups, int key, long value)
    {
        if (!groups.TryGetValue(key, out var list))
        {
            groups[key] = list = [];
        }

        list.Add(value);
    }

    private static DropOutPoint[] Points(Dictionary<int, List<long>> groups, int total) =>
        [.. groups
            .Select(g => new DropOutPoint(g.Key, g.Value.Count, total == 0 ? 0 : g.Value.Count / (double)total, DurationStatistics.From(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(g.Value))))
            .OrderByDescending(p => p.Count).ThenBy(p => p.Index)];
}
