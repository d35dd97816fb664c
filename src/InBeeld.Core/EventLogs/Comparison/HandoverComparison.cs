using InBeeld.Core.Analysis.Gaps;
using InBeeld.Core.EventLogs.Mining;
using InBeeld.Core.EventLogs.Model;

namespace InBeeld.Core.EventLogs.Comparison;

/// <summary>
/// Puts the interviews beside a log, per pair of the study's organisations: the handover gaps people
/// reported (<see cref="GapAnalysis"/> on the interview routes) next to the waits and drop-outs the
/// log shows once its activities, organisations and resources are mapped onto the study's
/// organisations (the same rule as <see cref="EventLogJourneys"/>: activity, then the log's
/// organisation, then the resource).
/// </summary>
/// <remarks>
/// A log handover is two consecutive occurrences in a case whose mapped organisations are known and
/// differ; the wait runs from the completion of the first to the start of the second (0 when they
/// overlap). A case drops out when its last activity is not an outcome and it has been quiet for at
/// least <c>quietPeriod</c> before the end of the log; it counts against its last handover.
/// </remarks>
public static class HandoverComparison
{
    public static HandoverComparisonResult Compute(
        GapReport interviews, EventLog log, EventLogMapping mapping, IReadOnlyCollection<string> outcomes, TimeSpan quietPeriod) =>
        Combine(interviews, FromLog(log, mapping, outcomes, quietPeriod));

    /// <summary>The log's side alone: what the database path computes without loading the log.</summary>
    public static LogHandovers FromLog(EventLog log, EventLogMapping mapping, IReadOnlyCollection<string> outcomes, TimeSpan quietPeriod)
    {
        var organizationOf = MappedOrganizations(log, mapping);
        var isOutcome = log.ActivityNames.Select(outcomes.Contains).ToArray();
        var logEnd = log.EventCount == 0 ? 0 : log.Complete.ToArray().Max();
        var waits = new Dictionary<(Guid, Guid), List<long>>();
        var cases = new Dictionary<(Guid, Guid), int>();
        var dropped = new Dictionary<(Guid, Guid), int>();
        var seen = new HashSet<(Guid, Guid)>();
        var droppedCases = 0;
        for (var c = 0; c < log.CaseCount; c++)
        {
            seen.Clear();
            (Guid, Guid)? last = null;
            var (first, end) = (log.CaseOffsets[c], log.CaseOffsets[c + 1]);
            for (var e = first; e + 1 < end; e++)
            {
                if (organizationOf[e] is not { } from || organizationOf[e + 1] is not { } to || from == to)
                {
                    continue;
                }

                var pair = (from, to);
                if (!waits.TryGetValue(pair, out var list))
                {
                    waits[pair] = list = [];
                }

                list.Add(Math.Max(0, log.Start[e + 1] - log.Complete[e]));
                if (seen.Add(pair))
                {
                    cases[pair] = cases.GetValueOrDefault(pair) + 1;
                }

                last = pair;
            }

            if (end > first && !isOutcome[log.Activity[end - 1]] && logEnd - log.Complete[end - 1] >= quietPeriod.Ticks)
            {
                droppedCases++;
                if (last is { } final)
                {
                    dropped[final] = dropped.GetValueOrDefault(final) + 1;
                }
            }
        }

        var fromLog = waits.ToDictionary(
            p => p.Key,
            p => new LogHandover(p.Value.Count, cases[p.Key], DurationStatistics.From(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(p.Value)), dropped.GetValueOrDefault(p.Key)));
        return new LogHandovers(log.CaseCount, droppedCases, fromLog);
    }

    /// <summary>The interviews' handover gaps beside the log's handovers, per pair of the study's organisations.</summary>
    public static HandoverComparisonResult Combine(GapReport interviews, LogHandovers log)
    {
        var fromLog = log.Pairs;
        var fromInterviews = interviews.Gaps.ToDictionary(g => (g.From, g.To));
        var rows = fromInterviews.Keys.Union(fromLog.Keys)
            .Select(k => new HandoverComparisonRow(k.Item1, k.Item2, fromInterviews.GetValueOrDefault(k), fromLog.GetValueOrDefault(k)))
            .OrderByDescending(r => r.Interviews?.AffectedInterviews ?? 0)
            .ThenByDescending(r => r.Log?.Cases ?? 0)
            .ThenBy(r => r.From)
            .ThenBy(r => r.To)
            .ToList();
        return new HandoverComparisonResult(interviews.Interviews, log.Cases, log.DroppedCases, rows);
    }

    private static Guid?[] MappedOrganizations(EventLog log, EventLogMapping mapping)
    {
        var byActivity = Lookup(log.ActivityNames, mapping.OrganizationByActivity);
        var byOrganization = Lookup(log.OrganizationNames, mapping.OrganizationByLogOrganization);
        var byResource = Lookup(log.ResourceNames, mapping.OrganizationByResource);
        var result = new Guid?[log.EventCount];
        for (var e = 0; e < result.Length; e++)
        {
            result[e] = byActivity[log.Activity[e]]
                ?? (log.Organization[e] >= 0 ? byOrganization[log.Organization[e]] : null)
                ?? (log.Resource[e] >= 0 ? byResource[log.Resource[e]] : null);
        }

        return result;
    }

    private static Guid?[] Lookup(IReadOnlyList<string> names, IReadOnlyDictionary<string, Guid> map) =>
        [.. names.Select(n => map.TryGetValue(n, out var id) ? id : (Guid?)null)];
}
