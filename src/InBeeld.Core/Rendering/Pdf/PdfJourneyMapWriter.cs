using InBeeld.Core.Rendering.Layout;
using InBeeld.Core.Rendering.Pdf.Booklet;
using InBeeld.Core.Rendering.Pdf.Fonts;
using InBeeld.Core.Rendering.Pdf.Paging;
using PdfSharp.Pdf;

namespace InBeeld.Core.Rendering.Pdf;

/// <summary>
/// Writes a journey map as PDF from the same <see cref="JourneyMapLayout"/> the SVG writer uses,
/// so both show the same boxes, lines and wrapped text. A3 gives a landscape poster of the map;
/// A4 a booklet: the map, then the step table and all quotes. Every page is planned before the
/// first is drawn; fonts are embedded as subsets.
/// </summary>
public static class PdfJourneyMapWriter
{
    public static void Write(JourneyMapModel model, PdfMapOptions options, Stream output)
    {
        var fonts = options.Fonts ?? NotoFonts.Load();
        var layout = JourneyMapLayouter.Layout(model);
        var format = PageFormat.For(options.Paper);
        var (_, pages) = MapPageComposer.Compose(layout, format);
        if (options.Paper == PaperSize.A4)
        {
            pages.AddRange(StepTableComposer.Compose(model, layout, format));
            pages.AddRange(QuoteListComposer.Compose(model, layout, format));
        }

        pages = PageChrome.Numbered(pages, format);
        using var document = new PdfDocument();
        var now = options.Time.GetLocalNow().DateTime;
        document.Info.Title = layout.Title;
        document.Info.Subject = layout.Summary;
        document.Info.CreationDate = now;
        document.Info.ModificationDate = now;
        document.Language = "nl-NL";
        foreach (var page in pages)
        {
            PdfPagePainter.Paint(document, format, page, layout, fonts);
        }

        document.Save(output, closeStream: false);
    }
}
