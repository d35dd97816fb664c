namespace InBeeld.Core.Rendering.Layout;

/// <summary>Shapes that carry meaning; each is a distinct outline so it survives grey print.</summary>
public enum MarkerKind
{
    /// <summary>Knelpunt: a downward triangle (▼).</summary>
    PainPoint,

    /// <summary>Wat gaat goed: a five-pointed star (★).</summary>
    BrightSpot,
}
