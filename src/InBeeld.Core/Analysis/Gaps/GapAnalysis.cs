using InBeeld.Core.Interviews;
using InBeeld.Core.Journeys;

namespace InBeeld.Core.Analysis.Gaps;

/// <summary>
/// Finds the handovers between organisations: every pair of directly consecutive steps whose
/// organisations are both filled in and differ. The handover kind and waiting days are those
/// recorded on the first of the two steps. One pass over the steps.
/// </summary>
public static class GapAnalysis
{
    public static GapReport Compute(AnalysisData data)
    {
        var set = data.Journeys;
        var k = set.OrganizationIds.Length;
        var pairs = k * k;
        var handovers = new int[pairs];
        var kinds = new int[pairs, Enum.GetValues<HandoverKind>().Length];
        var interviews = new int[pairs];
        var coldInterviews = new int[pairs];
        var stopped = new int[pairs];
        var affected = new int[pairs];
        var waiting = new List<int>?[pairs];
        var (seen, cold, hurt) = (JourneyStamps.Create(pairs), JourneyStamps.Create(pairs), JourneyStamps.Create(pairs));
        var dropOuts = new int[k + 1];
        var withoutOutcome = 0;
        var outcome = data.Outcome?.Compile(set);
        for (var j = 0; j < set.JourneyCount; j++)
        {
            var (start, end) = (set.Offsets[j], set.Offsets[j + 1]);
            for (var s = start; s + 1 < end; s++)
            {
                var p = Pair(set, s, k);
                if (p < 0)
                {
                    continue;
                }

                var kind = set.Handover[s];
                handovers[p]++;
                kinds[p, (int)kind]++;
                JourneyStamps.CountOnce(seen, p, j, interviews);
                if (kind is HandoverKind.Cold or HandoverKind.None)
                {
                    JourneyStamps.CountOnce(cold, p, j, coldInterviews);
                    JourneyStamps.CountOnce(hurt, p, j, affected);
                }

                if (set.WaitingDays[s] != JourneySet.None)
                {
                    (waiting[p] ??= []).Add(set.WaitingDays[s]);
                }
            }

            if (outcome is null || !outcome.EndsWithoutOutcome(j))
            {
                continue;
            }

            withoutOutcome++;
            var last = set.Organization[end - 1];
            dropOuts[last == JourneySet.None ? k : last]++;
            var final = end - start >= 2 ? Pair(set, end - 2, k) : -1;
            if (final >= 0)
            {
                stopped[final]++;
                JourneyStamps.CountOnce(hurt, final, j, affected);
            }
        }

        var total = set.JourneyCount;
        var gaps = new List<(OrganizationGap Gap, int Pair)>();
        for (var p = 0; p < pairs; p++)
        {
            if (handovers[p] > 0)
            {
                gaps.Add((new OrganizationGap(
                    set.OrganizationIds[p / k], set.OrganizationIds[p % k], handovers[p], new Proportion(interviews[p], total),
                    kinds[p, (int)HandoverKind.Warm], kinds[p, (int)HandoverKind.Cold], kinds[p, (int)HandoverKind.None], kinds[p, (int)HandoverKind.NotRecorded],
                    coldInterviews[p], WaitingTime.From(waiting[p]), stopped[p], affected[p]), p));
            }
        }

        var ranked = gaps.OrderByDescending(g => g.Gap.AffectedInterviews).ThenByDescending(g => g.Gap.Interviews.Count).ThenBy(g => g.Pair).Select(g => g.Gap).ToList();
        var drops = Enumerable.Range(0, k + 1).Where(o => dropOuts[o] > 0)
            .Select(o => new DropOut(o == k ? null : set.OrganizationIds[o], new Proportion(dropOuts[o], total)))
            .OrderByDescending(d => d.Interviews.Count).ToList();
        return new GapReport(total, outcome is not null, new Proportion(withoutOutcome, total), ranked, drops);
    }

    /// <summary>The pair index of the handover from step <paramref name="s"/> to the next, or −1 when it is no handover between two organisations.</summary>
    private static int Pair(JourneySet set, int s, int k)
    {
        var (from, to) = (set.Organization[s], set.Organization[s + 1]);
        return from == JourneySet.None || to == JourneySet.None || from == to ? -1 : (from * k) + to;
    }
}
