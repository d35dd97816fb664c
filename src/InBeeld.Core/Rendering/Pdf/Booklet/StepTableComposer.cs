using System.Globalization;
using InBeeld.Core.Rendering.Layout;
using InBeeld.Core.Rendering.Pdf.Paging;
using InBeeld.Core.Rendering.Text;

namespace InBeeld.Core.Rendering.Pdf.Booklet;

/// <summary>
/// The booklet's step table: one row per step with everything the map shows in short, in full
/// here (long texts wrap; only a text longer than a whole page ends in "…"). Rows never split;
/// the header row repeats on every page.
/// </summary>
internal static class StepTableComposer
{
    private const double Padding = 6;
    private const double NoteIndent = 16;

    /// <summary>Relative column widths: step, phase, organisation, channel, what happened, experience, notes, handover.</summary>
    private static readonly double[] Weights = [40, 110, 120, 85, 270, 80, 200, 125];

    private static readonly TextStyle HeaderStyle = new(11, true, false, MapTheme.Heading);
    private static readonly TextStyle Body = MapTheme.CardNote;
    private static readonly TextStyle Muted = new(11, false, true, MapTheme.Muted);
    private static readonly TextStyle Label = new(10, true, false, MapTheme.Muted);

    public static List<PageContent> Compose(JourneyMapModel model, JourneyMapLayout layout, PageFormat format)
    {
        var left = PageChrome.Left(format);
        var width = PageChrome.Width(format);
        var scale = width / Weights.Sum();
        var columnX = new double[Weights.Length + 1];
        columnX[0] = left;
        for (var i = 0; i < Weights.Length; i++)
        {
            columnX[i + 1] = columnX[i] + (Weights[i] * scale);
        }

        var top = BookletPages.ContentTop(format);
        var bottom = BookletPages.ContentBottom(format);
        var headerCells = new[] { "Column_Step", "Column_Phase", "Column_Organization", "Column_Channel", "Column_Description", "Column_Experience", "Column_Notes", "Column_Handover" }
            .Select(k => new List<CellBlock> { new(MapText.Get("Map_" + k), HeaderStyle) })
            .ToList();
        var headerHeight = RowHeight(headerCells, columnX, int.MaxValue);
        var maxLines = Math.Max(1, (int)((bottom - top - headerHeight - (2 * Padding)) / Body.LineHeight));

        var pages = new List<PageContent>();
        var boxes = new List<PageBox>();
        var texts = new List<TextLine>();
        var markers = new List<Marker>();
        var y = top;
        StartPage();
        if (model.Steps.Count == 0)
        {
            texts.AddRange(BookletPages.Lines(MapText.Get("Map_Steps_None"), Muted, left + Padding, width, y + Padding, 1));
        }

        for (var i = 0; i < model.Steps.Count; i++)
        {
            var cells = Cells(model, i);
            var height = RowHeight(cells, columnX, maxLines);
            if (y + height > bottom)
            {
                FinishPage();
                StartPage();
            }

            boxes.Add(new PageBox(new Box(left, y, width, height), i % 2 == 1 ? MapTheme.LaneFillAlternate : null, null));
            Row(cells, y, maxLines);
            y += height;
            boxes.Add(new PageBox(new Box(left, y, width, 0.75), MapTheme.Rule, null));
        }

        FinishPage();
        return pages;

        void StartPage()
        {
            texts.AddRange(BookletPages.Head(layout, format, MapText.Get("Map_Section_Steps")));
            boxes.Add(new PageBox(new Box(left, top, width, headerHeight), MapTheme.HeaderFill, null));
            Row(headerCells, top, int.MaxValue);
            y = top + headerHeight;
        }

        void FinishPage()
        {
            pages.Add(new PageContent { Boxes = [.. boxes], Texts = [.. texts], Markers = [.. markers] });
            boxes.Clear();
            texts.Clear();
            markers.Clear();
        }

        void Row(List<List<CellBlock>> cells, double rowTop, int lineLimit)
        {
            for (var c = 0; c < cells.Count; c++)
            {
                var (lines, cellMarkers, _) = Cell(cells[c], columnX[c], columnX[c + 1], rowTop, lineLimit);
                texts.AddRange(lines);
                markers.AddRange(cellMarkers);
            }
        }
    }

    private static double RowHeight(List<List<CellBlock>> cells, double[] columnX, int maxLines) =>
        cells.Select((blocks, c) => Cell(blocks, columnX[c], columnX[c + 1], 0, maxLines).Bottom).Max() + Padding;

    /// <summary>Lays out a cell's blocks from <paramref name="top"/>; Bottom is the y under the last line.</summary>
    private static (List<TextLine> Lines, List<Marker> Markers, double Bottom) Cell(List<CellBlock> blocks, double x0, double x1, double top, int maxLines)
    {
        var lines = new List<TextLine>();
        var markers = new List<Marker>();
        var y = top + Padding;
        var left = x0 + Padding;
        var width = x1 - x0 - (2 * Padding);
        var budget = maxLines;
        foreach (var block in blocks.Where(b => TextCleaner.Clean(b.Text).Length > 0))
        {
            if (budget <= 0)
            {
                break;
            }

            var indent = block.Marker is null ? 0 : NoteIndent;
            if (block.Marker is { } kind)
            {
                markers.Add(new Marker(kind, new MapPoint(left + 5, y + 6), 10, 0));
            }

            var blockLines = BookletPages.Lines(block.Text, block.Style, left + indent, width - indent, y, budget);
            lines.AddRange(blockLines);
            budget -= blockLines.Count;
            y += (blockLines.Count * block.Style.LineHeight) + 3;
        }

        return (lines, markers, y);
    }

    private static List<List<CellBlock>> Cells(JourneyMapModel model, int index)
    {
        var step = model.Steps[index];
        var phase = MapLabels.Phase(model, step);
        var organization = MapLabels.Organization(model, step);
        var notes = new List<CellBlock>();
        if (!string.IsNullOrWhiteSpace(step.PainPoint))
        {
            notes.Add(new CellBlock(MapText.Get("Map_PainPoint"), Label, MarkerKind.PainPoint));
            notes.Add(new CellBlock(step.PainPoint, Body));
        }

        if (!string.IsNullOrWhiteSpace(step.BrightSpot))
        {
            notes.Add(new CellBlock(MapText.Get("Map_BrightSpot"), Label, MarkerKind.BrightSpot));
            notes.Add(new CellBlock(step.BrightSpot, Body));
        }

        return
        [
            [new((index + 1).ToString(CultureInfo.InvariantCulture), HeaderStyle)],
            [phase is null ? new(MapLabels.WithoutPhase, Muted) : new(phase, Body)],
            [organization is null ? new(MapLabels.ClientLane, Muted) : new(organization, Body)],
            [new(string.IsNullOrWhiteSpace(step.Channel) ? MapText.Get("Map_Empty") : step.Channel, Body)],
            [new(step.Description, Body)],
            [new(MapLabels.Experience(step.Experience), Body)],
            notes.Count > 0 ? notes : [new(MapText.Get("Map_Empty"), Body)],
            [MapLabels.Handover(model, index) is { } handover ? new(handover, Body) : new(MapText.Get("Map_LastStep"), Muted)],
        ];
    }
}
