using InBeeld.Core.Journeys;

namespace InBeeld.Core.Analysis.Evidence;

/// <summary>
/// Lists the journeys, steps and codings an <see cref="EvidenceFilter"/> selects — one pass over the
/// set, done only when someone follows a figure to its interviews and quotes.
/// </summary>
public static class EvidenceResolver
{
    private const int Unknown = -2;

    public static EvidenceItems Resolve(AnalysisData data, EvidenceFilter filter)
    {
        var set = data.Journeys;
        var codings = data.Codings;
        var organization = Index(set.OrganizationIds, filter.Organization);
        var phase = Index(set.PhaseIds, filter.Phase);
        var turningPoint = Index(set.TurningPointIds, filter.TurningPoint);
        var next = Index(set.OrganizationIds, filter.NextOrganization);
        var code = CodeIndex(data, filter.Code);
        var alsoCode = CodeIndex(data, filter.AlsoCode);
        var groups = filter.Attribute is { } key ? data.Attribute(key) : null;
        var group = groups is null ? JourneySet.None : filter.Group is { } name ? groups.IndexOf(name) : JourneySet.None;
        var outcome = filter.WithoutOutcome ? data.Outcome?.Compile(set) : null;
        if ((filter.Attribute is not null && (groups is null || (filter.Group is not null && group == JourneySet.None)))
            || (filter.WithoutOutcome && outcome is null) || code == Unknown || alsoCode == Unknown)
        {
            return new EvidenceItems([], [], [], []);
        }

        var journeys = new List<Guid>();
        var steps = new List<StepRef>();
        var codingIds = new List<Guid>();
        var quoteIds = new List<Guid>();
        for (var j = 0; j < set.JourneyCount; j++)
        {
            if ((groups is not null && groups.GroupOf[j] != group)
                || (outcome is not null && !outcome.EndsWithoutOutcome(j))
                || (filter.NegativeOnAverage && !IsNegativeOnAverage(set, j))
                || (code != JourneySet.None && !HasCode(codings!, j, code))
                || (alsoCode != JourneySet.None && !HasCode(codings!, j, alsoCode)))
            {
                continue;
            }

            var before = steps.Count;
            if (filter.HasStepCriteria)
            {
                AddSteps(set, j, filter, organization, phase, turningPoint, next, steps);
                if (steps.Count == before)
                {
                    continue;
                }
            }

            journeys.Add(set.JourneyIds[j]);
            AddCodings(codings, j, code, alsoCode, codingIds, quoteIds);
        }

        return new EvidenceItems(journeys, steps, codingIds, quoteIds);
    }

    private static void AddSteps(JourneySet set, int j, EvidenceFilter filter, int organization, int phase, int turningPoint, int next, List<StepRef> steps)
    {
        var (start, end) = (set.Offsets[j], set.Offsets[j + 1]);
        var (lowest, highest) = filter.LowPoint || filter.BrightSpot ? Extremes(set, start, end) : (0, 0);
        for (var s = start; s < end; s++)
        {
            int experience = set.Experience[s];
            var has = experience != JourneySet.NoExperience;
            if ((filter.Organization is not null && set.Organization[s] != organization)
                || (filter.Phase is not null && set.Phase[s] != phase)
                || (filter.TurningPoint is not null && set.TurningPoint[s] != turningPoint)
                || (filter.Handovers is { } kinds && !kinds.Contains(set.Handover[s]))
                || (filter.NextOrganization is not null && (s + 1 >= end || set.Organization[s + 1] != next))
                || (filter.ExperienceAtLeast is { } min && (!has || experience < min))
                || (filter.ExperienceAtMost is { } max && (!has || experience > max))
                || (filter.LowPoint && (!has || experience != lowest || lowest >= 0))
                || (filter.BrightSpot && (!has || experience != highest || highest <= 0))
                || (filter.LastStep && s != end - 1)
                || (filter.LastHandover && s != end - 2))
            {
                continue;
            }

            steps.Add(new StepRef(set.JourneyIds[j], s - start));
        }
    }

    /// <summary>Whether the route has told experiences and their mean is below zero.</summary>
    internal static bool IsNegativeOnAverage(JourneySet set, int journey)
    {
        int sum = 0, count = 0;
        for (var s = set.Offsets[journey]; s < set.Offsets[journey + 1]; s++)
        {
            if (set.Experience[s] != JourneySet.NoExperience)
            {
                sum += set.Experience[s];
                count++;
            }
        }

        return count > 0 && sum < 0;
    }

    /// <summary>Lowest and highest told experience of a route (0, 0 when none was told).</summary>
    internal static (int Lowest, int Highest) Extremes(JourneySet set, int start, int end)
    {
        int lowest = int.MaxValue, highest = int.MinValue;
        for (var s = start; s < end; s++)
        {
            if (set.Experience[s] != JourneySet.NoExperience)
            {
                lowest = Math.Min(lowest, set.Experience[s]);
                highest = Math.Max(highest, set.Experience[s]);
            }
        }

        return lowest == int.MaxValue ? (0, 0) : (lowest, highest);
    }

    private static void AddCodings(Coding.CodingSet? codings, int j, int code, int alsoCode, List<Guid> codingIds, List<Guid> quoteIds)
    {
        if (codings is null || (code == JourneySet.None && alsoCode == JourneySet.None))
        {
            return;
        }

        for (var c = codings.Offsets[j]; c < codings.Offsets[j + 1]; c++)
        {
            var applied = codings.Code[c];
            if ((code != JourneySet.None && codings.IsSelfOrAncestor(code, applied)) || (alsoCode != JourneySet.None && codings.IsSelfOrAncestor(alsoCode, applied)))
            {
                codingIds.Add(codings.CodingIds[c]);
                if (codings.QuoteIds[c] != Guid.Empty)
                {
                    quoteIds.Add(codings.QuoteIds[c]);
                }
            }
        }
    }

    internal static bool HasCode(Coding.CodingSet codings, int journey, int code)
    {
        for (var c = codings.Offsets[journey]; c < codings.Offsets[journey + 1]; c++)
        {
            if (codings.IsSelfOrAncestor(code, codings.Code[c]))
            {
                return true;
            }
        }

        return false;
    }

    private static int Index(ReadOnlySpan<Guid> vocabulary, Match? match)
    {
        if (match is not { } m || m.Id is not { } id)
        {
            return JourneySet.None;
        }

        var index = vocabulary.IndexOf(id);
        return index >= 0 ? index : Unknown;
    }

    private static int CodeIndex(AnalysisData data, Guid? code)
    {
        if (code is not { } id)
        {
            return JourneySet.None;
        }

        var index = data.Codings?.IndexOfCode(id) ?? -1;
        return index >= 0 ? index : Unknown;
    }
}
