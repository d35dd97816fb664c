using InBeeld.Core.Demo.Arcs;

namespace InBeeld.Core.Demo;

/// <summary>
/// The story arcs of the demo study, in the order participants are assigned to them
/// (participant <c>i</c> follows arc <c>i mod 10</c>), so every arc is told three or four times.
/// </summary>
internal static class DemoArcs
{
    public static IReadOnlyList<StoryArc> All { get; } =
    [
        VoToMboArc.Arc,
        DropOutArc.Arc,
        PracticalSchoolToWorkArc.Arc,
        TurningEighteenGapArc.Arc,
        UwvToAssistanceArc.Arc,
        MboToWorkArc.Arc,
        AssistanceAndDebtArc.Arc,
        MentalHealthDropOutArc.Arc,
        TurningEighteenWarmArc.Arc,
        StatusHolderArc.Arc,
    ];
}
