namespace InBeeld.Core.Rendering.Layout;

/// <summary>
/// A fully positioned journey map: every box, line and wrapped text line in map units, so the
/// SVG writer, a PDF writer and tests all read the same geometry and never measure text again.
/// </summary>
public sealed record JourneyMapLayout
{
    public required double Width { get; init; }
    public required double Height { get; init; }

    /// <summary>Short name for the document title ("Klantreis ACH-07 – …").</summary>
    public required string Title { get; init; }

    /// <summary>Text summary for screen readers and search ("Klantreis van ACH-07: 12 stappen …").</summary>
    public required string Summary { get; init; }

    public required IReadOnlyList<TextLine> Header { get; init; }
    public required IReadOnlyList<ColumnBox> Columns { get; init; }

    /// <summary>The lane-label column on the left, spanning header row, band and lanes.</summary>
    public required Box LabelColumn { get; init; }

    /// <summary>"Fase", in the label column's header cell.</summary>
    public required TextLine PhaseTitle { get; init; }

    public required HartslagBand Hartslag { get; init; }
    public required IReadOnlyList<LaneBox> Lanes { get; init; }
    public required IReadOnlyList<HandoverConnector> Handovers { get; init; }
    public required IReadOnlyList<LegendItem> Legend { get; init; }
    public required IReadOnlyList<TextLine> Footer { get; init; }

    /// <summary>"Nog geen stappen" when the route is empty.</summary>
    public TextLine? EmptyMessage { get; init; }
}
