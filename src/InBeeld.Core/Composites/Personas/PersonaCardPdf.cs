using InBeeld.Core.Rendering.Layout;
using InBeeld.Core.Rendering.Pdf;
using InBeeld.Core.Rendering.Pdf.Fonts;
using InBeeld.Core.Rendering.Text;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace InBeeld.Core.Composites.Personas;

/// <summary>
/// A persona card as one A4 page (portrait), drawn with the journey maps' PDF canvas and Noto fonts:
/// a "Fictief persoon" band at the top that cannot be left off, name and age, the journey type, then
/// situation, what matters and the story, wrapped to fit (a text too long for the page ends in "…").
/// The footer repeats that the person is made up and the events are real.
/// </summary>
public static class PersonaCardPdf
{
    private const double Width = 595.28, Height = 841.89, Margin = 56.7;
    private const string Ink = "#1a1a1a", Muted = "#4b4b4b", Band = "#5c2d91", Paper = "#ffffff";

    public static void Write(PersonaCard card, NotoFonts fonts, TimeProvider time, Stream output)
    {
        string T(string key, params object?[] args) => PersonaCardText.Get(PersonaCardText.Dutch, key, args);
        using var document = new PdfDocument();
        var now = time.GetLocalNow().DateTime;
        document.Info.Title = T("PdfTitle", card.Name);
        document.Info.Subject = T("Fictitious");
        document.Info.CreationDate = now;
        document.Info.ModificationDate = now;
        document.Language = "nl-NL";
        var page = document.AddPage();
        page.Width = XUnit.FromPoint(Width);
        page.Height = XUnit.FromPoint(Height);
        using (var graphics = XGraphics.FromPdfPage(page))
        {
            var canvas = new PdfCanvas(graphics, fonts);
            var textWidth = Width - (2 * Margin);

            canvas.Rect(new Box(0, 0, Width, 64), Band);
            canvas.Text(new TextLine(T("Fictitious").ToUpperInvariant(), Margin, 40, new TextStyle(16, true, false, Paper), TextAlign.Left));
            canvas.Text(new TextLine(TextWrapper.WithEllipsis(card.StudyTitle, textWidth / 2, 9), Width - Margin, 40, new TextStyle(9, false, false, Paper), TextAlign.Right));

            var y = 120.0;
            canvas.Text(new TextLine(TextWrapper.WithEllipsis(card.Name, textWidth, 28, bold: true), Margin, y, new TextStyle(28, true, false, Ink), TextAlign.Left));
            y += 26;
            var facts = new List<string>();
            if (card.Age is { } age)
            {
                facts.Add(T("Age", age));
            }

            if (card.GroupName is { } group)
            {
                facts.Add(card.InterviewCount is { } n ? T("GroupWithCount", group, n) : T("Group", group));
            }

            if (facts.Count > 0)
            {
                canvas.Text(new TextLine(TextWrapper.WithEllipsis(string.Join(" \u00B7 ", facts), textWidth, 12), Margin, y, new TextStyle(12, false, false, Muted), TextAlign.Left));
            }

            y += 36;
            y = Section(canvas, T("Situation"), card.Situation, y, textWidth, 9);
            y = Section(canvas, T("WhatMatters"), card.WhatMatters, y, textWidth, 9);
            var storyLines = (int)Math.Max(1, Math.Floor((Height - 110 - y - 20) / new TextStyle(11, false, false, Ink).LineHeight));
            Section(canvas, T("Story"), card.Story, y, textWidth, storyLines);

            canvas.Line(Margin, Height - 80, Width - Margin, Height - 80, Muted, 0.5);
            var footer = TextWrapper.Wrap(T("Footer"), textWidth, 9, 3);
            for (var i = 0; i < footer.Count; i++)
            {
                canvas.Text(new TextLine(footer[i], Margin, Height - 64 + (i * 12), new TextStyle(9, false, true, Muted), TextAlign.Left));
            }
        }

        document.Save(output, closeStream: false);
    }

    private static double Section(PdfCanvas canvas, string heading, string text, double y, double width, int maxLines)
    {
        canvas.Text(new TextLine(heading, Margin, y, new TextStyle(13, true, false, Band), TextAlign.Left));
        y += 18;
        var style = new TextStyle(11, false, false, Ink);
        foreach (var paragraph in (string.IsNullOrWhiteSpace(text) ? "\u2013" : text).Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            var lines = TextWrapper.Wrap(paragraph, width, style.FontSize, maxLines);
            foreach (var line in lines)
            {
                canvas.Text(new TextLine(line, Margin, y, style, TextAlign.Left));
                y += style.LineHeight;
            }

            maxLines -= lines.Count;
            if (maxLines <= 0)
            {
                break;
            }
        }

        return y + 16;
    }
}
