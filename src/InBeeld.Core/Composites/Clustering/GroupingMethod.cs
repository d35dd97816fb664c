namespace InBeeld.Core.Composites.Clustering;

/// <summary>How a grouping was computed.</summary>
public enum GroupingMethod
{
    /// <summary>Too few routes to compare: everyone in one group.</summary>
    Single,

    /// <summary>PAM on all pairwise distances; k chosen by the mean silhouette.</summary>
    Pam,

    /// <summary>CLARA (PAM on samples, then everyone assigned); k chosen by the mean medoid silhouette.</summary>
    Clara,
}
