namespace InBeeld.Core.Rendering.Layout;

/// <summary>A point in map units.</summary>
public readonly record struct MapPoint(double X, double Y);
