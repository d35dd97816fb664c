namespace InBeeld.Core.Rendering.Layout;

/// <summary>
/// A step card. <see cref="QuoteRuleY"/> is where a thin rule separates the quote from the facts,
/// or null when the step has no quote.
/// </summary>
public sealed record CardBox(
    int StepNumber,
    int LaneIndex,
    int ColumnIndex,
    Box Bounds,
    IReadOnlyList<TextLine> Lines,
    IReadOnlyList<Marker> Markers,
    double? QuoteRuleY);
