namespace InBeeld.Core.Rendering.Layout;

/// <summary>
/// The band above the lanes with the experience axis, the line(s) and the symbols.
/// <see cref="StepNumbers"/> repeat each step's number at the band's foot, so a point can be
/// matched to its card ("Stap 3") even where the card sits several lanes down.
/// </summary>
public sealed record HartslagBand(
    Box Bounds,
    TextLine Title,
    IReadOnlyList<AxisTick> Ticks,
    IReadOnlyList<HartslagSeries> Series,
    IReadOnlyList<Marker> Markers,
    IReadOnlyList<TextLine> StepNumbers);
