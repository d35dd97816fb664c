using InBeeld.Core.Rendering.Layout;
using InBeeld.Core.Rendering.Pdf.Fonts;
using InBeeld.Core.Rendering.Report;
using InBeeld.Core.Rendering.Text;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace InBeeld.Core.Rendering.Pdf.Report;

/// <summary>
/// Writes a <see cref="WorkshopReport"/> as an A4 portrait PDF with the Noto fonts embedded, so
/// Arabic and Tigrinya quotes print as they were said. Text flows top to bottom; a block that does
/// not fit moves to the next page whole (a quote is never split), and every page gets "Pagina n van m".
/// Layout is in CSS pixels (0.75 pt), the unit the text measurer and wrapper use.
/// </summary>
public static class PdfWorkshopReportWriter
{
    private const double Unit = 0.75;
    private const double PageWidth = 210 * 72 / 25.4 / Unit;
    private const double PageHeight = 297 * 72 / 25.4 / Unit;
    private const double Margin = 64;
    private const double Width = PageWidth - (2 * Margin);
    private const double Bottom = PageHeight - Margin - 24;
    private const int MaxLinesPerBlock = 40;

    private static readonly TextStyle Title = new(24, true, false, MapTheme.Heading);
    private static readonly TextStyle Subtitle = new(13, false, false, MapTheme.Muted);
    private static readonly TextStyle Heading = new(17, true, false, MapTheme.Heading);
    private static readonly TextStyle Body = new(12, false, false, MapTheme.Ink);
    private static readonly TextStyle Finding = new(12.5, true, false, MapTheme.Ink);
    private static readonly TextStyle Quote = new(12, false, true, MapTheme.Ink);
    private static readonly TextStyle Warning = new(11.5, false, true, MapTheme.PainPoint);

    public static void Write(WorkshopReport report, NotoFonts fonts, TimeProvider time, Stream output)
    {
        var pages = Compose(report);
        using var document = new PdfDocument();
        var now = time.GetLocalNow().DateTime;
        document.Info.Title = report.Title;
        document.Info.Subject = report.Subtitle;
        document.Info.CreationDate = now;
        document.Info.ModificationDate = now;
        document.Language = "nl-NL";
        for (var p = 0; p < pages.Count; p++)
        {
            var page = document.AddPage();
            page.Width = XUnit.FromPoint(PageWidth * Unit);
            page.Height = XUnit.FromPoint(PageHeight * Unit);
            using var graphics = XGraphics.FromPdfPage(page);
            graphics.ScaleTransform(Unit);
            var canvas = new PdfCanvas(graphics, fonts);
            foreach (var (x, top, bottom) in pages[p].Rules)
            {
                canvas.Line(x, top, x, bottom, MapTheme.Rule, 3);
            }

            canvas.Texts(pages[p].Lines);
            canvas.Text(new TextLine(MapText.Get("Map_Page", p + 1, pages.Count), Margin + Width, PageHeight - Margin, MapTheme.Footer, TextAlign.Right));
        }

        document.Save(output, closeStream: false);
    }

    /// <summary>The lines of every page, planned before anything is drawn.</summary>
    internal static List<ReportPage> Compose(WorkshopReport report)
    {
        var pages = new List<ReportPage> { new() };
        var y = Margin;
        void Place(IReadOnlyList<string> wrapped, TextStyle style, double indent, double spaceAfter, bool rule = false)
        {
            var height = wrapped.Count * style.LineHeight;
            if (y + height > Bottom && y > Margin)
            {
                pages.Add(new ReportPage());
                y = Margin;
            }

            var page = pages[^1];
            var top = y;
            foreach (var line in wrapped)
            {
                var rtl = ScriptDirection.IsRightToLeft(TextCleaner.Clean(line));
                page.Lines.Add(rtl
                    ? new TextLine(line, Margin + Width, y + style.FontSize, style, TextAlign.Right, true)
                    : new TextLine(line, Margin + indent, y + style.FontSize, style, TextAlign.Left));
                y += style.LineHeight;
            }

            if (rule)
            {
                page.Rules.Add((Margin + 4, top + 2, y));
            }

            y += spaceAfter;
        }

        IReadOnlyList<string> Wrap(string text, TextStyle style, double indent) => TextWrapper.Wrap(text, Width - indent, style.FontSize, MaxLinesPerBlock, style.Bold);

        Place(Wrap(report.Title, Title, 0), Title, 0, 6);
        Place(Wrap(report.Subtitle, Subtitle, 0), Subtitle, 0, 18);
        foreach (var section in report.Sections)
        {
            Place(Wrap(section.Heading, Heading, 0), Heading, 0, 8);
            foreach (var block in section.Blocks)
            {
                var (style, indent, after) = block.Kind switch
                {
                    ReportBlockKind.Finding => (Finding, 0.0, 6.0),
                    ReportBlockKind.Quote => (Quote, 18.0, 8.0),
                    ReportBlockKind.Warning => (Warning, 0.0, 8.0),
                    _ => (Body, 0.0, 8.0),
                };
                var text = block.Kind == ReportBlockKind.Quote ? $"“{block.Text}”" : block.Text;
                Place(Wrap(text, style, indent), style, indent, after, rule: block.Kind == ReportBlockKind.Quote);
            }

            y += 10;
        }

        return pages;
    }

    internal sealed class ReportPage
    {
        public List<TextLine> Lines { get; } = [];

        /// <summary>Vertical rules beside quotes.</summary>
        public List<(double X, double Top, double Bottom)> Rules { get; } = [];
    }
}
