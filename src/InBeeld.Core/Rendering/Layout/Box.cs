namespace InBeeld.Core.Rendering.Layout;

/// <summary>An axis-aligned rectangle in map units (1 unit = 1 CSS pixel = 0.75 pt).</summary>
public readonly record struct Box(double X, double Y, double Width, double Height)
{
    public double Right => X + Width;
    public double Bottom => Y + Height;
    public double CenterX => X + (Width / 2);

    /// <summary>True when the interiors overlap; touching edges do not count.</summary>
    public bool Overlaps(Box other) =>
        X < other.Right && other.X < Right && Y < other.Bottom && other.Y < Bottom;

    public bool Contains(Box inner) =>
        inner.X >= X && inner.Right <= Right && inner.Y >= Y && inner.Bottom <= Bottom;
}
