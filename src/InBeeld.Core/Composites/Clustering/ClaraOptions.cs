namespace InBeeld.Core.Composites.Clustering;

/// <summary>
/// Sampling for <see cref="Clara"/>. Kaufman &amp; Rousseeuw used 5 samples of 40 + 2k; routes are
/// noisier than their examples, so the default is 5 samples of 80 + 4k (still a small matrix: at
/// k = 10, 120 items and 7,140 distances).
/// </summary>
public sealed record ClaraOptions
{
    public int Samples { get; init; } = 5;
    public int BaseSampleSize { get; init; } = 80;
    public int SampleSizePerGroup { get; init; } = 4;
    public ulong Seed { get; init; } = 20261122;

    public int SampleSize(int k) => BaseSampleSize + (SampleSizePerGroup * k);
}
