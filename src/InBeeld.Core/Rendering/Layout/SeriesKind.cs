namespace InBeeld.Core.Rendering.Layout;

/// <summary>Which hartslag a line belongs to; told apart by line style and point shape, not colour only.</summary>
public enum SeriesKind
{
    /// <summary>Huidige klantreis: solid line, filled round points.</summary>
    Current,

    /// <summary>Gewenste klantreis: dashed line, open square points.</summary>
    Desired,
}
