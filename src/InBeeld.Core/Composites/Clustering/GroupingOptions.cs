using InBeeld.Core.Composites.Similarity;

namespace InBeeld.Core.Composites.Clustering;

/// <summary>What <see cref="RouteClustering"/> should do.</summary>
public sealed record GroupingOptions
{
    /// <summary>The number of groups; null lets the silhouette choose between 2 and <see cref="MaxK"/>.</summary>
    public int? K { get; init; }

    /// <summary>
    /// The most groups tried when choosing. The effective limit is also half the number of routes,
    /// so a group has two members on average: a composite journey of one interview is no composite.
    /// </summary>
    public int MaxK { get; init; } = 10;

    public SimilarityWeights Weights { get; init; } = SimilarityWeights.Default;

    /// <summary>Up to this many routes, PAM on the full distance matrix (500 routes: 0.5 MB); above it CLARA.</summary>
    public int ExactLimit { get; init; } = 500;

    public ClaraOptions Clara { get; init; } = new();

    /// <summary>Highest number of groups a user may ask for.</summary>
    public const int MaxRequestedK = 50;
}
