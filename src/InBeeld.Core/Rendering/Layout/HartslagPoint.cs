namespace InBeeld.Core.Rendering.Layout;

/// <summary>One experience value on the hartslag, centred above its step's card.</summary>
public sealed record HartslagPoint(int StepNumber, int Experience, MapPoint Center);
