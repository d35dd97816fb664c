using System.Globalization;
using InBeeld.Core.Rendering.Layout;

namespace InBeeld.Core.Rendering.Svg;

/// <summary>Writes the swimlanes with their labels and step cards.</summary>
internal static class SvgLaneWriter
{
    public static void Write(SvgElements svg, IReadOnlyList<LaneBox> lanes, Box labelColumn)
    {
        svg.Start("g", ("class", "lanes"));
        for (var i = 0; i < lanes.Count; i++)
        {
            var lane = lanes[i];
            var fill = lane.IsClient ? MapTheme.ClientLaneFill : i % 2 == 1 ? MapTheme.LaneFill : MapTheme.LaneFillAlternate;
            svg.Start("g",
                ("class", lane.IsClient ? "lane lane--client" : "lane"),
                ("data-lane", lane.Name),
                ("data-lane-index", i.ToString(CultureInfo.InvariantCulture)));
            svg.Rect(lane.Bounds, fill, className: "lane-band");
            svg.Line(lane.Bounds.X, lane.Bounds.Bottom, lane.Bounds.Right, lane.Bounds.Bottom, MapTheme.Rule);
            svg.Line(labelColumn.Right, lane.Bounds.Y, labelColumn.Right, lane.Bounds.Bottom, MapTheme.Rule);
            svg.Texts(lane.Label, "lane-label");
            foreach (var card in lane.Cards)
            {
                WriteCard(svg, card);
            }

            svg.End();
        }

        svg.End();
    }

    private static void WriteCard(SvgElements svg, CardBox card)
    {
        svg.Start("g",
            ("class", "card"),
            ("data-step", card.StepNumber.ToString(CultureInfo.InvariantCulture)),
            ("data-column", card.ColumnIndex.ToString(CultureInfo.InvariantCulture)));
        svg.Rect(card.Bounds, MapTheme.CardFill, MapTheme.CardStroke, "card-box", 6);
        if (card.QuoteRuleY is { } rule)
        {
            svg.Line(card.Bounds.X + LayoutMetrics.CardPadding, rule, card.Bounds.Right - LayoutMetrics.CardPadding, rule, MapTheme.Rule);
        }

        foreach (var marker in card.Markers)
        {
            SvgHartslagWriter.WriteMarker(svg, marker);
        }

        svg.Texts(card.Lines, "card-text");
        svg.End();
    }
}
