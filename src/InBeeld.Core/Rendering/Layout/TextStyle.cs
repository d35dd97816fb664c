namespace InBeeld.Core.Rendering.Layout;

/// <summary>How a line is set: size in map units, weight, slant and colour (#rrggbb).</summary>
public sealed record TextStyle(double FontSize, bool Bold, bool Italic, string Color)
{
    /// <summary>Baseline distance between lines of a wrapped block.</summary>
    public double LineHeight => Math.Round(FontSize * 1.35, 1);
}
