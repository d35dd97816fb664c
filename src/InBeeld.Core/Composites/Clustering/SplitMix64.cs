namespace InBeeld.Core.Composites.Clustering;

/// <summary>
/// A tiny seeded random generator (Steele, Lea &amp; Flood, SplitMix64, OOPSLA 2014) with a fixed,
/// published sequence: samples drawn with it are the same on every machine and .NET version, which
/// <see cref="Random"/> does not promise.
/// </summary>
internal struct SplitMix64(ulong seed)
{
    private ulong _state = seed;

    public ulong Next()
    {
        var z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>A number in [0, <paramref name="bound"/>) (modulo bias is below 2⁻⁴⁰ for the sizes used here).</summary>
    public int Below(int bound) => (int)(Next() % (ulong)bound);
}
