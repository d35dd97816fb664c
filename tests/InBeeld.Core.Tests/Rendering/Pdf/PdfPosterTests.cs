using InBeeld.Core.Rendering;
using InBeeld.Core.Rendering.Pdf;
using InBeeld.Core.Rendering.Pdf.Paging;

namespace InBeeld.Core.Tests.Rendering.Pdf;

/// <summary>The A3 poster read back with poppler: page size and count, text, embedded fonts.</summary>
public sealed class PdfPosterTests
{
    [Fact]
    public void SmallMap_IsOneA3LandscapePageWithTheMapsText()
    {
        var pdf = PdfProbe.Render(JourneyMapFixtures.Small(), PaperSize.A3, "small");

        var info = pdf.Info();
        info["Page size"].ShouldBe("1190.55 x 841.89 pts (A3)"); // 420 × 297 mm landscape
        info["Pages"].ShouldBe("1");
        info["Title"].ShouldBe("Klantreis van ACH-07 – Jongeren 16-27 in de Achterhoek");
        var text = PdfProbe.Flat(pdf.Text());
        text.ShouldContain("Klantreis van ACH-07");
        text.ShouldContain("Stap 1 · Gesprek Mentor bespreekt wat na het examen komt.");
        text.ShouldContain("koud 14 dagen");
        text.ShouldContain("“Ze zei: kijk maar op internet.”");
        text.ShouldContain("Koude overdracht: doorverwezen, verhaal opnieuw verteld");
        text.ShouldContain("Pagina 1 van 1");
        text.ShouldNotContain("Deel 1"); // one page needs no part label
    }

    [Fact]
    public void FortySteps_SpreadOverLegiblePagesThatTogetherShowEveryStep()
    {
        var model = JourneyMapFixtures.Long(40);
        var pdf = PdfProbe.Render(model, PaperSize.A3, "long40");
        var (plan, _) = MapPageComposer.Compose(JourneyMapRenderer.Layout(model), PageFormat.For(PaperSize.A3));

        plan.Scale.ShouldBeGreaterThanOrEqualTo(MapPagePlanner.MinScale);
        pdf.Pages.ShouldBe(plan.Tiles.Count);
        pdf.Pages.ShouldBeGreaterThan(1);
        pdf.Info()["Page size"].ShouldBe("1190.55 x 841.89 pts (A3)");
        var all = PdfProbe.Flat(pdf.Text());
        for (var step = 1; step <= 40; step++)
        {
            all.ShouldContain($"Stap {step} · Gesprek");
        }

        PdfProbe.Flat(pdf.Text(1)).ShouldContain($"Deel 1 van {plan.Tiles.Count} · stappen 1–");
        PdfProbe.Flat(pdf.Text(pdf.Pages)).ShouldContain($"Pagina {pdf.Pages} van {pdf.Pages}");
        PdfProbe.Flat(pdf.Text(pdf.Pages)).ShouldContain("Fictieve persoon, echte gebeurtenissen");
    }

    [Fact]
    public void SixtySteps_RenderWithoutErrors()
    {
        var pdf = PdfProbe.Render(JourneyMapFixtures.Long(60), PaperSize.A3, "long60");
        PdfProbe.Flat(pdf.Text()).ShouldContain("Stap 60 · Gesprek");
    }

    [Fact]
    public void ZeroSteps_GiveOnePageSayingSo()
    {
        var pdf = PdfProbe.Render(new JourneyMapModel { Header = JourneyMapFixtures.Header() }, PaperSize.A3, "empty");
        pdf.Pages.ShouldBe(1);
        PdfProbe.Flat(pdf.Text()).ShouldContain("Nog geen stappen");
    }

    [Fact]
    public void EveryFont_IsEmbedded()
    {
        var fonts = PdfProbe.Render(AwkwardFixtures.Scripts(), PaperSize.A3, "scripts").Fonts();
        fonts.ShouldNotBeEmpty();
        fonts.ShouldAllBe(f => f.Embedded);
        fonts.Select(f => f.Name[(f.Name.IndexOf('+') + 1)..]).ShouldBe(
            ["Noto Sans,Bold", "Noto Sans,BoldItalic", "Noto Sans,Italic", "Noto Sans Regular", "Noto Sans Math Regular",
             "Noto Sans Arabic Regular", "Noto Sans Ethiopic Regular", "Noto Sans Symbols2 Regular"],
            ignoreOrder: true);
    }
}
