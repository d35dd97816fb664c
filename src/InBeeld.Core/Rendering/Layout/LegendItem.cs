namespace InBeeld.Core.Rendering.Layout;

/// <summary>A legend entry: a sample drawn in <see cref="Sample"/> and its explanation.</summary>
public sealed record LegendItem(LegendKind Kind, Box Sample, TextLine Label);
