using InBeeld.Core.Rendering;
using InBeeld.Data.Maps;

namespace InBeeld.Web.Pages.Interviews.Maps;

/// <summary>
/// What the map section shows: the inline SVG and, from the same model, the table alternative
/// (so both hold the same content) plus what is needed for downloads and quote picking.
/// </summary>
public sealed record JourneyMapView(InterviewMap Map, string Svg, IReadOnlyList<JourneyMapRow> Rows, bool FullPage)
{
    public static JourneyMapView From(InterviewMap map, bool fullPage)
    {
        var model = map.Model;
        var rows = model.Steps
            .Select((step, i) => new JourneyMapRow(
                i + 1,
                MapLabels.Phase(model, step),
                MapLabels.Organization(model, step),
                step.Channel,
                step.Description,
                MapLabels.Experience(step.Experience),
                step.PainPoint,
                step.BrightSpot,
                (step.Quote is null ? [] : new[] { step.Quote }).Concat(step.OtherQuotes)
                    .Select((text, q) => new JourneyMapQuote(map.QuoteIds[i][q], text, q == 0))
                    .ToList(),
                MapLabels.Handover(model, i)))
            .ToList();
        return new JourneyMapView(map, JourneyMapRenderer.RenderInlineSvg(model), rows, fullPage);
    }

    public Guid StudyId => Map.StudyId;

    public Guid InterviewId => Map.InterviewId;
}
