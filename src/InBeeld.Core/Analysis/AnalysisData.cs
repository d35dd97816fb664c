using InBeeld.Core.Analysis.Coding;
using InBeeld.Core.Analysis.Gaps;
using InBeeld.Core.Analysis.Subgroups;
using InBeeld.Core.Journeys;

namespace InBeeld.Core.Analysis;

/// <summary>
/// Everything the analyses read: the routes, their codings, participant attributes per journey and
/// what counts as an outcome. The same value resolves a figure's evidence later, so a figure only
/// needs to carry its <see cref="Evidence.EvidenceFilter"/>, never lists of ids.
/// </summary>
public sealed record AnalysisData
{
    public required JourneySet Journeys { get; init; }

    /// <summary>Codings aligned with <see cref="Journeys"/>; null until a study has codings.</summary>
    public CodingSet? Codings { get; init; }

    public IReadOnlyList<JourneyGroups> Attributes { get; init; } = [];

    /// <summary>What counts as an outcome of a route; null when the caller did not say, so drop-outs are not counted.</summary>
    public OutcomeDefinition? Outcome { get; init; }

    public JourneyGroups? Attribute(string key) => Attributes.FirstOrDefault(a => string.Equals(a.Key, key, StringComparison.Ordinal));
}
