namespace InBeeld.Core.Composites.Clustering;

/// <summary>A symmetric dissimilarity between <see cref="Count"/> items, zero on the diagonal.</summary>
public interface IDissimilarity
{
    int Count { get; }

    double Between(int a, int b);
}
