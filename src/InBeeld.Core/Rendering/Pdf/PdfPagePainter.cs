using InBeeld.Core.Rendering.Layout;
using InBeeld.Core.Rendering.Pdf.Fonts;
using InBeeld.Core.Rendering.Pdf.Paging;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace InBeeld.Core.Rendering.Pdf;

/// <summary>Draws one <see cref="PageContent"/> on a new page: the grid windows at the plan's scale, the rest at natural size.</summary>
internal static class PdfPagePainter
{
    public static void Paint(PdfDocument document, PageFormat format, PageContent content, JourneyMapLayout layout, NotoFonts fonts)
    {
        var page = document.AddPage();
        page.Width = XUnit.FromPoint(format.Width);
        page.Height = XUnit.FromPoint(format.Height);
        using var graphics = XGraphics.FromPdfPage(page);
        var canvas = new PdfCanvas(graphics, fonts);

        if (content.Tile is { } tile)
        {
            var grid = new PdfGridPainter(canvas, layout);
            foreach (var window in tile.Windows)
            {
                var state = graphics.Save();
                var target = window.Target;
                graphics.IntersectClip(new XRect(target.X, target.Y, target.Width, target.Height));
                graphics.TranslateTransform(target.X - (window.Source.X * window.Scale), target.Y - (window.Source.Y * window.Scale));
                graphics.ScaleTransform(window.Scale);
                if (window.IsPhaseRow)
                {
                    grid.PhaseRow(window.Source);
                }
                else
                {
                    grid.Body(window.Source);
                }

                graphics.Restore(state);
            }
        }

        var natural = graphics.Save();
        graphics.ScaleTransform(PageFormat.PointsPerUnit);
        foreach (var box in content.Boxes)
        {
            canvas.Rect(box.Bounds, box.Fill, box.Stroke);
        }

        foreach (var marker in content.Markers)
        {
            PdfHartslagPainter.Marker(canvas, marker);
        }

        PdfLegendPainter.Paint(canvas, content.Legend);
        canvas.Texts(content.Texts);
        graphics.Restore(natural);
    }
}
