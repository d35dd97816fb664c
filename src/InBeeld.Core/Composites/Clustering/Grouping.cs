namespace InBeeld.Core.Composites.Clustering;

/// <summary>
/// A proposed grouping of routes into journey types. <see cref="Candidates"/> holds every k that
/// was tried with its mean silhouette, so the choice can be explained ("3 groepen: silhouet 0,52,
/// hoger dan bij 2 of 4"); when the researcher gave k, it holds that k only.
/// </summary>
public sealed record Grouping
{
    public required GroupingMethod Method { get; init; }
    public required int K { get; init; }

    /// <summary>True when k was chosen by the silhouette; false when it was given.</summary>
    public required bool KChosen { get; init; }

    public required IReadOnlyList<KCandidate> Candidates { get; init; }

    /// <summary>Groups from large to small (ties: by medoid id).</summary>
    public required IReadOnlyList<RouteGroup> Groups { get; init; }

    /// <summary>The mean silhouette of the chosen grouping (medoid silhouette for <see cref="GroupingMethod.Clara"/>).</summary>
    public double MeanSilhouette { get; init; }
}
