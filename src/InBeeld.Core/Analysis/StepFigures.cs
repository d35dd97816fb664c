using InBeeld.Core.Interviews;
using InBeeld.Core.Journeys;

namespace InBeeld.Core.Analysis;

/// <summary>
/// Step counts of a <see cref="JourneySet"/> per organisation and per phase, with the number of
/// distinct journeys behind each count, mean experience per phase and handovers per kind.
/// Arrays are indexed like the set's vocabulary; the extra last entry counts steps without one.
/// </summary>
public sealed record StepFigures
{
    public required int Journeys { get; init; }
    public required int Steps { get; init; }
    public required int[] StepsPerOrganization { get; init; }
    public required int[] JourneysPerOrganization { get; init; }
    public required int[] StepsPerPhase { get; init; }
    public required int[] JourneysPerPhase { get; init; }

    /// <summary>Steps per [organisation, phase], both with the extra "none" index last.</summary>
    public required int[,] StepsPerOrganizationAndPhase { get; init; }
    public required long[] ExperienceSumPerPhase { get; init; }
    public required int[] ExperienceCountPerPhase { get; init; }

    /// <summary>Steps per <see cref="HandoverKind"/>, indexed by its numeric value.</summary>
    public required int[] Handovers { get; init; }

    /// <summary>One pass over the steps; distinct journeys are counted with a per-journey stamp.</summary>
    public static StepFigures Compute(JourneySet set)
    {
        var organizations = set.OrganizationIds.Length + 1;
        var phases = set.PhaseIds.Length + 1;
        var figures = new StepFigures
        {
            Journeys = set.JourneyCount,
            Steps = set.StepCount,
            StepsPerOrganization = new int[organizations],
            JourneysPerOrganization = new int[organizations],
            StepsPerPhase = new int[phases],
            JourneysPerPhase = new int[phases],
            StepsPerOrganizationAndPhase = new int[organizations, phases],
            ExperienceSumPerPhase = new long[phases],
            ExperienceCountPerPhase = new int[phases],
            Handovers = new int[Enum.GetValues<HandoverKind>().Length],
        };

        var organizationStamp = new int[organizations];
        var phaseStamp = new int[phases];
        Array.Fill(organizationStamp, -1);
        Array.Fill(phaseStamp, -1);
        var offsets = set.Offsets;
        var organization = set.Organization;
        var phase = set.Phase;
        var experience = set.Experience;
        var handover = set.Handover;
        for (var journey = 0; journey < set.JourneyCount; journey++)
        {
            for (var step = offsets[journey]; step < offsets[journey + 1]; step++)
            {
                var o = organization[step] == JourneySet.None ? organizations - 1 : organization[step];
                var p = phase[step] == JourneySet.None ? phases - 1 : phase[step];
                figures.StepsPerOrganization[o]++;
                figures.StepsPerPhase[p]++;
                figures.StepsPerOrganizationAndPhase[o, p]++;
                if (organizationStamp[o] != journey)
                {
                    organizationStamp[o] = journey;
                    figures.JourneysPerOrganization[o]++;
                }

                if (phaseStamp[p] != journey)
                {
                    phaseStamp[p] = journey;
                    figures.JourneysPerPhase[p]++;
                }

                if (experience[step] != JourneySet.NoExperience)
                {
                    figures.ExperienceSumPerPhase[p] += experience[step];
                    figures.ExperienceCountPerPhase[p]++;
                }

                figures.Handovers[(int)handover[step]]++;
            }
        }

        return figures;
    }
}
