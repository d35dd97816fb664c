namespace InBeeld.Core.Composites.Clustering;

/// <summary>
/// One proposed group: its medoid (the real route that stands for it), its members (sorted by id,
/// medoid included) and the mean silhouette of its members.
/// </summary>
public sealed record RouteGroup(int Number, Guid Medoid, IReadOnlyList<Guid> Members, double MeanSilhouette);
