namespace InBeeld.Core.Composites.Clustering;

/// <summary>One number of groups that was tried, with its mean silhouette: the reason for the choice.</summary>
public sealed record KCandidate(int K, double MeanSilhouette);
