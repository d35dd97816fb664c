namespace InBeeld.Core.Rendering.Layout;

/// <summary>A pain-point or bright-spot symbol centred on a point; Size is its full width.</summary>
public sealed record Marker(MarkerKind Kind, MapPoint Center, double Size, int StepNumber)
{
    /// <summary>Outline corners, shared by every writer so SVG and PDF draw the same shape.</summary>
    public IReadOnlyList<MapPoint> Outline()
    {
        var r = Size / 2;
        if (Kind == MarkerKind.PainPoint)
        {
            return [new(Center.X - r, Center.Y - (r * 0.8)), new(Center.X + r, Center.Y - (r * 0.8)), new(Center.X, Center.Y + r)];
        }

        var points = new List<MapPoint>(10);
        for (var i = 0; i < 10; i++)
        {
            var radius = i % 2 == 0 ? r : r * 0.45;
            var angle = (-Math.PI / 2) + (i * Math.PI / 5);
            points.Add(new(Center.X + (radius * Math.Cos(angle)), Center.Y + (radius * Math.Sin(angle))));
        }

        return points;
    }
}
