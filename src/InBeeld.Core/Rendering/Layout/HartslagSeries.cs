namespace InBeeld.Core.Rendering.Layout;

/// <summary>
/// One hartslag line. It is broken into runs where a step has no experience: joining across the
/// gap would draw a feeling nobody reported.
/// </summary>
public sealed record HartslagSeries(SeriesKind Kind, IReadOnlyList<IReadOnlyList<HartslagPoint>> Runs)
{
    public IEnumerable<HartslagPoint> Points => Runs.SelectMany(r => r);
}
