namespace InBeeld.BrowserTests.Journeys;

/// <summary>One step as a researcher enters it, in the Dutch words the step form shows.</summary>
/// <param name="Experience">−2…+2, the scale of the "Beleving" radio buttons.</param>
/// <param name="Handover">The first word of a "Overdracht" option: Warm, Koud, Geen or "Niet vastgelegd".</param>
public sealed record RouteStep(string Description, string Phase, string Organisation, int Experience, string Handover)
{
    /// <summary>The radio label the app renders for <see cref="Experience"/>, e.g. "+1 Positief".</summary>
    public string ExperienceLabel => Experience switch
    {
        -2 => "−2 Heel negatief",
        -1 => "−1 Negatief",
        0 => "0 Neutraal",
        1 => "+1 Positief",
        2 => "+2 Heel positief",
        _ => throw new ArgumentOutOfRangeException(nameof(Experience), Experience, "The scale runs from −2 to +2."),
    };
}
