namespace InBeeld.Core.Composites.Similarity;

/// <summary>
/// How much each part of a route counts in the distance between two routes. The defaults put the
/// route itself first (the order of phases and organisations: 0.6), then how people were passed on
/// (handovers: 0.2) and how it felt (experience: 0.2); chosen participant attributes add 0.2 of their
/// own. Weights are relative: they are divided by their sum, so the distance stays between 0 and 1.
/// </summary>
public sealed record SimilarityWeights
{
    public double Sequence { get; init; } = 0.6;
    public double Handovers { get; init; } = 0.2;
    public double Experience { get; init; } = 0.2;

    /// <summary>Counts only when attributes are chosen; otherwise ignored.</summary>
    public double Attributes { get; init; } = 0.2;

    public static SimilarityWeights Default { get; } = new();

    /// <summary>The four weights divided by their sum (attributes left out when none are chosen).</summary>
    public (double Sequence, double Handovers, double Experience, double Attributes) Normalized(bool withAttributes)
    {
        var attributes = withAttributes ? Attributes : 0;
        if (Sequence < 0 || Handovers < 0 || Experience < 0 || attributes < 0)
        {
            throw new InvalidOperationException("Similarity weights cannot be negative.");
        }

        var sum = Sequence + Handovers + Experience + attributes;
        if (sum <= 0)
        {
            throw new InvalidOperationException("At least one similarity weight must be positive.");
        }

        return (Sequence / sum, Handovers / sum, Experience / sum, attributes / sum);
    }
}
