using InBeeld.Core.Interviews;

namespace InBeeld.Core.Rendering.Layout;

/// <summary>
/// Line styles that carry meaning. Each kind differs in dash pattern and width as well as
/// colour, so the map still reads in black-and-white print and for colour-blind readers. Dash
/// arrays are in map units and translate directly to a PDF dash pattern.
/// </summary>
public sealed record StrokeStyle(string Color, double Width, string? Dash, string ClassSuffix)
{
    public static StrokeStyle For(HandoverKind kind) => kind switch
    {
        HandoverKind.Warm => new(MapTheme.HandoverWarm, 2.5, null, "warm"),
        HandoverKind.Cold => new(MapTheme.HandoverCold, 2, "8 5", "cold"),
        HandoverKind.None => new(MapTheme.HandoverNone, 2.5, "0.5 5", "none"),
        _ => new(MapTheme.HandoverNotRecorded, 1.5, "6 3 1.5 3", "unknown"),
    };

    public static StrokeStyle For(SeriesKind kind) => kind == SeriesKind.Current
        ? new(MapTheme.CurrentSeries, 2.5, null, "current")
        : new(MapTheme.DesiredSeries, 2, "7 4", "desired");
}
