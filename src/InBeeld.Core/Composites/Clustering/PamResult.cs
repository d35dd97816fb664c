namespace InBeeld.Core.Composites.Clustering;

/// <summary>
/// A partition around medoids: <see cref="Medoids"/> in ascending item order, and for each item the
/// position of its medoid in that list. <see cref="Cost"/> is the sum of every item's distance to its medoid.
/// </summary>
public sealed record PamResult(IReadOnlyList<int> Medoids, IReadOnlyList<int> Assignment, double Cost);
