using InBeeld.Core.Journeys;

namespace InBeeld.Core.Analysis.Gaps;

/// <summary>
/// What counts as an outcome of a route (work, a diploma, care that started), decided by the caller:
/// a route has one when its last step lies in one of <see cref="Phases"/>, is with one of
/// <see cref="Organizations"/> or is at one of <see cref="TurningPoints"/>. A route that stops
/// elsewhere is one where the person drops out of view.
/// </summary>
public sealed record OutcomeDefinition
{
    public IReadOnlyList<Guid> Phases { get; init; } = [];
    public IReadOnlyList<Guid> Organizations { get; init; } = [];
    public IReadOnlyList<Guid> TurningPoints { get; init; } = [];

    internal OutcomeMatcher Compile(JourneySet set) => new(set, Flags(set.PhaseIds, Phases), Flags(set.OrganizationIds, Organizations), Flags(set.TurningPointIds, TurningPoints));

    private static bool[] Flags(ReadOnlySpan<Guid> vocabulary, IReadOnlyList<Guid> chosen)
    {
        var flags = new bool[vocabulary.Length];
        for (var i = 0; i < vocabulary.Length; i++)
        {
            flags[i] = chosen.Contains(vocabulary[i]);
        }

        return flags;
    }
}
