using InBeeld.Core.Journeys;

namespace InBeeld.Core.Analysis.Gaps;

/// <summary>An <see cref="OutcomeDefinition"/> turned into flags per vocabulary index of one set.</summary>
internal sealed class OutcomeMatcher(JourneySet set, bool[] phases, bool[] organizations, bool[] turningPoints)
{
    /// <summary>True when the route has steps and its last step is no outcome.</summary>
    public bool EndsWithoutOutcome(int journey)
    {
        var end = set.Offsets[journey + 1];
        if (end == set.Offsets[journey])
        {
            return false;
        }

        var last = end - 1;
        return !(Is(phases, set.Phase[last]) || Is(organizations, set.Organization[last]) || Is(turningPoints, set.TurningPoint[last]));
    }

    private static bool Is(bool[] flags, int index) => index != JourneySet.None && flags[index];
}
