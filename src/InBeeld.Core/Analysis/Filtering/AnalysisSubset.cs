using InBeeld.Core.Analysis.Coding;
using InBeeld.Core.Analysis.Subgroups;
using InBeeld.Core.Journeys;

namespace InBeeld.Core.Analysis.Filtering;

/// <summary>
/// The part of an <see cref="AnalysisData"/> that a <see cref="JourneyFilter"/> keeps: routes,
/// codings and attributes of the kept journeys, in their original order, with the same vocabulary
/// and codebook, so every analysis runs on it unchanged and ids still mean the same.
/// </summary>
public static class AnalysisSubset
{
    public static AnalysisData Apply(AnalysisData data, JourneyFilter filter)
    {
        if (filter.IsEmpty)
        {
            return data;
        }

        var set = data.Journeys;
        var phase = filter.Phase is { } p ? set.PhaseIds.IndexOf(p) : JourneySet.None;
        var organization = filter.Organization is { } o ? set.OrganizationIds.IndexOf(o) : JourneySet.None;
        var groups = filter.Attribute is { } key && filter.Group is not null ? data.Attribute(key) : null;
        var group = groups?.IndexOf(filter.Group!) ?? JourneySet.None;
        var keep = new List<int>();
        for (var j = 0; j < set.JourneyCount; j++)
        {
            if ((filter.Phase is null || HasStep(set, j, set.Phase, phase))
                && (filter.Organization is null || HasStep(set, j, set.Organization, organization))
                && (filter.Attribute is null || filter.Group is null || (groups is not null && group != JourneySet.None && groups.GroupOf[j] == group)))
            {
                keep.Add(j);
            }
        }

        var subset = Journeys(set, keep);
        return data with
        {
            Journeys = subset,
            Codings = data.Codings is { } codings ? Codings(codings, keep) : null,
            Attributes = [.. data.Attributes.Select(a => Groups(a, set, subset, keep))],
        };
    }

    private static bool HasStep(JourneySet set, int journey, ReadOnlySpan<int> column, int value)
    {
        if (value == JourneySet.None)
        {
            return false;
        }

        for (var s = set.Offsets[journey]; s < set.Offsets[journey + 1]; s++)
        {
            if (column[s] == value)
            {
                return true;
            }
        }

        return false;
    }

    private static JourneySet Journeys(JourneySet set, List<int> keep)
    {
        var builder = new JourneySetBuilder(set.OrganizationIds.ToArray(), set.PhaseIds.ToArray(), set.ChannelIds.ToArray(), set.TurningPointIds.ToArray());
        foreach (var j in keep)
        {
            builder.BeginJourney(set.JourneyIds[j]);
            for (var s = set.Offsets[j]; s < set.Offsets[j + 1]; s++)
            {
                var experience = set.Experience[s];
                var waiting = set.WaitingDays[s];
                builder.AddIndexedStep(
                    set.Organization[s], set.Phase[s], set.Channel[s], set.TurningPoint[s],
                    experience == JourneySet.NoExperience ? null : experience, set.Handover[s], waiting == JourneySet.None ? null : waiting);
            }
        }

        return builder.Build();
    }

    private static CodingSet Codings(CodingSet codings, List<int> keep)
    {
        var offsets = new int[keep.Count + 1];
        var (step, code, ids, quotes) = (new List<int>(), new List<int>(), new List<Guid>(), new List<Guid>());
        for (var k = 0; k < keep.Count; k++)
        {
            var j = keep[k];
            for (var c = codings.Offsets[j]; c < codings.Offsets[j + 1]; c++)
            {
                step.Add(codings.Step[c]);
                code.Add(codings.Code[c]);
                ids.Add(codings.CodingIds[c]);
                quotes.Add(codings.QuoteIds[c]);
            }

            offsets[k + 1] = step.Count;
        }

        var ancestors = new int[codings.CodeCount][];
        for (var c = 0; c < ancestors.Length; c++)
        {
            ancestors[c] = codings.SelfAndAncestors(c).ToArray();
        }

        return new CodingSet(codings.CodeIds.ToArray(), codings.Parent.ToArray(), ancestors, offsets, [.. step], [.. code], [.. ids], [.. quotes]);
    }

    private static JourneyGroups Groups(JourneyGroups groups, JourneySet set, JourneySet subset, List<int> keep)
    {
        var values = new Dictionary<Guid, string>(keep.Count);
        foreach (var j in keep)
        {
            if (groups.GroupOf[j] is var g && g != JourneySet.None)
            {
                values[set.JourneyIds[j]] = groups.Groups[g];
            }
        }

        return JourneyGroups.Create(subset, groups.Key, groups.Label, values, groups.Groups);
    }
}
