namespace InBeeld.Core.Rendering.Layout;

/// <summary>A level of the −2 … +2 axis: its value, its y and its label in the lane-label column.</summary>
public sealed record AxisTick(int Value, double Y, TextLine Label);
