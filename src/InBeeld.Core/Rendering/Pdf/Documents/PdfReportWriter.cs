using InBeeld.Core.Rendering.Layout;
using InBeeld.Core.Rendering.Pdf.Fonts;
using InBeeld.Core.Rendering.Text;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace InBeeld.Core.Rendering.Pdf.Documents;

/// <summary>
/// Writes a plain A4 portrait report: headings, paragraphs and tables flowing over as many pages as
/// needed, with the title and page numbers on every page. It uses the same Noto fonts and text
/// wrapping as the journey maps, so Arabic and Tigrinya names print as they do there.
/// </summary>
public static class PdfReportWriter
{
    private const double PageWidth = 595.28, PageHeight = 841.89, Margin = 50, FooterY = PageHeight - 28;
    private const double CellPadding = 4;
    private static readonly TextStyle Title = new(18, true, false, MapTheme.Heading);
    private static readonly TextStyle Section = new(14, true, false, MapTheme.Heading);
    private static readonly TextStyle Group = new(11.5, true, false, MapTheme.Heading);
    private static readonly TextStyle Body = new(9.5, false, false, "#1f1f1f");
    private static readonly TextStyle Muted = new(8.5, false, false, "#555555");
    private static readonly TextStyle Head = new(9, true, false, "#1f1f1f");

    public static void Write(string title, IEnumerable<ReportBlock> blocks, NotoFonts fonts, TimeProvider time, Stream output)
    {
        using var document = new PdfDocument();
        var now = time.GetLocalNow().DateTime;
        document.Info.Title = title;
        document.Info.CreationDate = now;
        document.Info.ModificationDate = now;
        document.Language = "nl-NL";

        var pages = Compose(blocks);
        for (var i = 0; i < pages.Count; i++)
        {
            var page = document.AddPage();
            page.Width = XUnit.FromPoint(PageWidth);
            page.Height = XUnit.FromPoint(PageHeight);
            using var graphics = XGraphics.FromPdfPage(page);
            var canvas = new PdfCanvas(graphics, fonts);
            foreach (var rule in pages[i].Rules)
            {
                canvas.Line(rule.X1, rule.Y, rule.X2, rule.Y, rule.Color, rule.Width);
            }

            canvas.Texts(pages[i].Lines);
            canvas.Text(new TextLine(TextWrapper.WithEllipsis(title, 380, Muted.FontSize), Margin, FooterY, Muted, TextAlign.Left));
            canvas.Text(new TextLine($"{i + 1} / {pages.Count}", PageWidth - Margin, FooterY, Muted, TextAlign.Right));
        }

        document.Save(output, closeStream: false);
    }

    private sealed record Rule(double X1, double X2, double Y, string Color, double Width);

    private sealed class Page
    {
        public List<TextLine> Lines { get; } = [];
        public List<Rule> Rules { get; } = [];
    }

    /// <summary>Lays out every block in page coordinates (points, baseline y) before anything is drawn.</summary>
    private static List<Page> Compose(IEnumerable<ReportBlock> blocks)
    {
        var pages = new List<Page> { new() };
        var y = Margin;
        const double bottom = PageHeight - 60;
        var width = PageWidth - (2 * Margin);

        void NewPage()
        {
            pages.Add(new Page());
            y = Margin;
        }

        void Flow(string text, TextStyle style, double spaceBefore, double spaceAfter, bool keepWithNext = false)
        {
            var lines = TextWrapper.Wrap(text, width, style.FontSize, int.MaxValue, style.Bold);
            var needed = spaceBefore + (lines.Count * style.LineHeight) + (keepWithNext ? 3 * Body.LineHeight : 0);
            if (y + needed > bottom && y > Margin)
            {
                NewPage();
            }
            else
            {
                y += spaceBefore;
            }

            foreach (var line in lines)
            {
                if (y + style.LineHeight > bottom)
                {
                    NewPage();
                }

                y += style.LineHeight;
                pages[^1].Lines.Add(new TextLine(line, Margin, y - (style.LineHeight - style.FontSize), style, TextAlign.Left, ScriptDirection.IsRightToLeft(line)));
            }

            y += spaceAfter;
        }

        foreach (var block in blocks)
        {
            switch (block)
            {
                case ReportHeading h:
                    var style = h.Level <= 1 ? Title : h.Level == 2 ? Section : Group;
                    Flow(h.Text, style, h.Level <= 1 ? 0 : 10, 4, keepWithNext: true);
                    break;
                case ReportParagraph p:
                    Flow(p.Text, p.Muted ? Muted : Body, 0, 5);
                    break;
                case ReportTable t:
                    Table(t);
                    break;
            }
        }

        return pages;

        void Table(ReportTable table)
        {
            var total = table.Widths.Sum();
            var columns = table.Widths.Select(w => w / total * width).ToList();
            var lefts = new List<double>();
            var x = Margin;
            foreach (var c in columns)
            {
                lefts.Add(x);
                x += c;
            }

            List<IReadOnlyList<string>> Cells(IReadOnlyList<string> row, TextStyle style) =>
                row.Select((cell, i) => TextWrapper.Wrap(cell, columns[i] - (2 * CellPadding), style.FontSize, int.MaxValue, style.Bold)).ToList();

            double Height(List<IReadOnlyList<string>> cells, TextStyle style) => (Math.Max(1, cells.Max(c => c.Count)) * style.LineHeight) + (2 * CellPadding);

            void Row(List<IReadOnlyList<string>> cells, TextStyle style, bool header)
            {
                var top = y;
                for (var i = 0; i < cells.Count; i++)
                {
                    var baseline = top + CellPadding;
                    foreach (var line in cells[i])
                    {
                        baseline += style.LineHeight;
                        pages[^1].Lines.Add(new TextLine(line, lefts[i] + CellPadding, baseline - (style.LineHeight - style.FontSize), style, TextAlign.Left, ScriptDirection.IsRightToLeft(line)));
                    }
                }

                y += Height(cells, style);
                pages[^1].Rules.Add(new Rule(Margin, Margin + width, y, header ? "#1f1f1f" : "#c8c8c8", header ? 0.8 : 0.5));
            }

            var headerCells = Cells(table.Header, Head);
            y += 4;
            if (y + Height(headerCells, Head) + (2 * Body.LineHeight) > bottom)
            {
                NewPage();
            }

            Row(headerCells, Head, header: true);
            foreach (var row in table.Rows)
            {
                var cells = Cells(row, Body);
                if (y + Height(cells, Body) > bottom)
                {
                    // The header comes along to every page the table runs onto.
                    NewPage();
                    Row(headerCells, Head, header: true);
                }

                Row(cells, Body, header: false);
            }

            y += 8;
        }
    }
}
