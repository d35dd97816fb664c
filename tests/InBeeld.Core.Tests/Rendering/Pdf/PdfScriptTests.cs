using InBeeld.Core.Rendering;
using InBeeld.Core.Rendering.Layout;
using InBeeld.Core.Rendering.Pdf;
using InBeeld.Core.Rendering.Text;
using PdfSharp.Drawing;

namespace InBeeld.Core.Tests.Rendering.Pdf;

/// <summary>Arabic, Tigrinya and emoji in the PDF, read back as text; and real glyph widths against the layout's estimates.</summary>
public sealed class PdfScriptTests
{
    [Theory]
    [InlineData(PaperSize.A3)]
    [InlineData(PaperSize.A4)]
    public void ArabicAndTigrinya_ReadBackAsTyped(PaperSize paper)
    {
        var text = PdfProbe.Flat(PdfProbe.Render(AwkwardFixtures.Scripts(), paper, "scripts").Text());

        // pdftotext puts right-to-left lines back in logical order; NFKC turns the presentation
        // forms the PDF draws (ﺫﻫﺒﺖ) back into plain letters (ذهبت).
        text.ShouldContain(AwkwardFixtures.Arabic);
        text.ShouldContain(AwkwardFixtures.Tigrinya);
        text.ShouldContain("Eindelijk een baan □□ en □ blij"); // no emoji font in fonts-noto-core: a visible square per emoji
    }

    [Fact]
    public void ArabicIsDrawnAsJoinedPresentationForms()
    {
        // Without NFKC the extracted text shows what was drawn: سلام as seen-initial, lam-alef, meem.
        var model = new JourneyMapModel { Header = JourneyMapFixtures.Header(), Steps = [new() { Description = "\u0633\u0644\u0627\u0645" }] };
        var raw = PdfProbe.Render(model, PaperSize.A3, "salaam").RawText();
        raw.ShouldContain("\uFEB3\uFEFC\uFEE1");
    }

    [Fact]
    public void DrawnWidths_NeverExceedTheLayoutsEstimates()
    {
        // The layout wraps with estimated widths; the PDF draws real glyphs. If a drawn line were
        // wider than its estimate it could leave its card, so compare every line of the maps that
        // mix scripts, measured in the embedded fonts.
        using var measure = XGraphics.CreateMeasureContext(new XSize(1000, 1000), XGraphicsUnit.Point, XPageDirection.Downwards);
        var canvas = new InBeeld.Core.Rendering.Pdf.PdfCanvas(measure, TestFonts.Noto);
        foreach (var model in new[] { AwkwardFixtures.Scripts(), JourneyMapFixtures.Realistic(), JourneyMapFixtures.Long(12) })
        {
            foreach (var line in LayoutTexts.All(JourneyMapRenderer.Layout(model)))
            {
                var estimate = TextMeasurer.Width(line.Text, line.Style.FontSize, line.Style.Bold);
                canvas.MeasuredWidth(line).ShouldBeLessThanOrEqualTo(estimate + 0.01, $"'{line.Text}'");
            }
        }
    }
}
