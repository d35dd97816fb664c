using System.Globalization;
using InBeeld.Core.Composites.Clustering;

namespace InBeeld.Core.Composites.Model;

/// <summary>Stores the silhouette per k as short invariant text, so the reason needs no table of its own.</summary>
public static class KCandidateList
{
    public static string Format(IEnumerable<KCandidate> candidates) =>
        string.Join(";", candidates.Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.K}={c.MeanSilhouette:0.####}")));

    public static IReadOnlyList<KCandidate> Parse(string text) =>
        text.Split(';', StringSplitOptions.RemoveEmptyEntries)
            .Select(part => part.Split('='))
            .Where(p => p.Length == 2
                && int.TryParse(p[0], NumberStyles.Integer, CultureInfo.InvariantCulture, out _)
                && double.TryParse(p[1], NumberStyles.Float, CultureInfo.InvariantCulture, out _))
            .Select(p => new KCandidate(int.Parse(p[0], CultureInfo.InvariantCulture), double.Parse(p[1], CultureInfo.InvariantCulture)))
            .ToList();
}
