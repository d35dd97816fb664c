using InBeeld.Core.Analysis.Evidence;
using InBeeld.Core.Journeys;

namespace InBeeld.Core.Analysis.Hartslag;

/// <summary>
/// The hartslag across interviews: per phase (or organisation) the told experiences, and where each
/// interview's low point and bright spot lie. An interview whose lowest value occurs in two phases
/// counts as a low point in both; steps without a told experience do not count at all.
/// </summary>
public static class HartslagAnalysis
{
    public static HartslagTable Compute(AnalysisData data, HartslagDimension dimension)
    {
        var set = data.Journeys;
        var column = dimension == HartslagDimension.Phase ? set.Phase : set.Organization;
        var ids = dimension == HartslagDimension.Phase ? set.PhaseIds : set.OrganizationIds;
        var slots = ids.Length + 1;
        var counts = new int[slots, 5];
        var interviews = new int[slots];
        var lows = new int[slots];
        var brights = new int[slots];
        var (seen, low, bright) = (JourneyStamps.Create(slots), JourneyStamps.Create(slots), JourneyStamps.Create(slots));
        var withExperience = 0;
        for (var j = 0; j < set.JourneyCount; j++)
        {
            var (start, end) = (set.Offsets[j], set.Offsets[j + 1]);
            var told = false;
            for (var s = start; s < end; s++)
            {
                if (set.Experience[s] == JourneySet.NoExperience)
                {
                    continue;
                }

                told = true;
                var slot = column[s] == JourneySet.None ? slots - 1 : column[s];
                counts[slot, set.Experience[s] + 2]++;
                JourneyStamps.CountOnce(seen, slot, j, interviews);
            }

            if (!told)
            {
                continue;
            }

            withExperience++;
            var (lowest, highest) = EvidenceResolver.Extremes(set, start, end);
            for (var s = start; s < end; s++)
            {
                var slot = column[s] == JourneySet.None ? slots - 1 : column[s];
                if (set.Experience[s] == lowest && lowest < 0)
                {
                    JourneyStamps.CountOnce(low, slot, j, lows);
                }

                if (set.Experience[s] == highest && highest > 0)
                {
                    JourneyStamps.CountOnce(bright, slot, j, brights);
                }
            }
        }

        var rows = new List<HartslagRow>(slots);
        for (var slot = 0; slot < slots; slot++)
        {
            var isNone = slot == slots - 1;
            if (isNone && interviews[slot] == 0)
            {
                continue;
            }

            var id = isNone ? null : (Guid?)ids[slot];
            var match = new Match(id);
            EvidenceFilter Filter(EvidenceFilter f) => dimension == HartslagDimension.Phase ? f with { Phase = match } : f with { Organization = match };
            var distribution = new int[5];
            for (var v = 0; v < 5; v++)
            {
                distribution[v] = counts[slot, v];
            }

            rows.Add(new HartslagRow(
                id, ExperienceSummary.FromDistribution(distribution), interviews[slot],
                new Proportion(lows[slot], withExperience), new Proportion(brights[slot], withExperience),
                Filter(new EvidenceFilter { ExperienceAtLeast = -2 }), Filter(new EvidenceFilter { LowPoint = true }), Filter(new EvidenceFilter { BrightSpot = true })));
        }

        return new HartslagTable(dimension, withExperience, rows);
    }
}
