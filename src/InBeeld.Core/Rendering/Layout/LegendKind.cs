namespace InBeeld.Core.Rendering.Layout;

/// <summary>What a legend entry's sample shows.</summary>
public enum LegendKind
{
    CurrentSeries,
    DesiredSeries,
    PainPoint,
    BrightSpot,
    HandoverWarm,
    HandoverCold,
    HandoverNone,
    HandoverNotRecorded,
}
