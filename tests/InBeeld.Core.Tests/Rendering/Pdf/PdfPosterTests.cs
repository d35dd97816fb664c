using InBeeld.Core.Rendering.Pdf;

namespace InBeeld.Core.Tests.Rendering.Pdf;

public sealed class PdfPosterTests
{
    [Fact]
    public void SmallMap_IsOneA3LandscapePage()
    {
        var pdf = PdfProbe.Render(JourneyMapFixtures.Small(), PaperSize.A3, "small");
        var info = pdf.Info();
        info["Page size"].ShouldBe("1190.55 x 841.89 pts (A3)");
        pdf.Pages.ShouldBe(1);
        var text = pdf.Text();
        text.ShouldContain("Klantreis van ACH-07");
        text.ShouldContain("Mentor bespreekt wat na");
    }

    [Fact]
    public void Scratch()
    {
        PdfProbe.Render(AwkwardFixtures.Scripts(), PaperSize.A3, "scripts");
        PdfProbe.Render(AwkwardFixtures.Scripts(), PaperSize.A4, "scripts");
        PdfProbe.Render(JourneyMapFixtures.Long(40), PaperSize.A3, "long40");
        PdfProbe.Render(JourneyMapFixtures.Realistic(), PaperSize.A4, "realistic");
    }
}
