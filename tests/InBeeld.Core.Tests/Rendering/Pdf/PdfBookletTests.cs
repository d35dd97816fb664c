using InBeeld.Core.Rendering;
using InBeeld.Core.Rendering.Pdf;
using InBeeld.Core.Rendering.Pdf.Paging;

namespace InBeeld.Core.Tests.Rendering.Pdf;

/// <summary>The A4 booklet: map pages, then the step table, then the quotes.</summary>
public sealed class PdfBookletTests
{
    [Fact]
    public void Booklet_IsA4LandscapeWithMapThenTableThenQuotes()
    {
        var model = JourneyMapFixtures.Realistic();
        var pdf = PdfProbe.Render(model, PaperSize.A4, "realistic");
        var (plan, _) = MapPageComposer.Compose(JourneyMapRenderer.Layout(model), PageFormat.For(PaperSize.A4));

        pdf.Info()["Page size"].ShouldBe("841.89 x 595.276 pts (A4)"); // 297 × 210 mm landscape
        // Twelve short rows fit on one table page and four quotes on one quote page.
        pdf.Pages.ShouldBe(plan.Tiles.Count + 2);
        var table = PdfProbe.Flat(pdf.Text(plan.Tiles.Count + 1));
        table.ShouldContain("Stappen");
        table.ShouldContain("Stap Fase Organisatie Kanaal Wat er gebeurde Beleving Knelpunt en wat goed ging Overdracht naar de volgende stap");
        table.ShouldContain("Meldt zich bij het UWV voor een uitkering.");
        table.ShouldContain("koud · 21 dagen");
        table.ShouldContain("Zonder fase");
        table.ShouldContain("laatste stap");
        var quotes = PdfProbe.Flat(pdf.Text(pdf.Pages));
        quotes.ShouldContain("Citaten");
        quotes.ShouldContain("Stap 4 · UWV · Aanmelding");
        quotes.ShouldContain("“Als je al een rugzak hebt, wil je niet steeds opnieuw je verhaal vertellen.”");
        quotes.ShouldContain($"Pagina {pdf.Pages} van {pdf.Pages}");
    }

    [Fact]
    public void Booklet_ListsEveryQuoteAndMarksTheOneOnTheMap()
    {
        var model = JourneyMapFixtures.Small();
        var first = model.Steps[0] with { OtherQuotes = ["Daarna hoorde ik niets meer.", "Ik wist niet waar ik moest beginnen."] };
        model = model with { Steps = [first, .. model.Steps.Skip(1)] };

        var quotes = PdfProbe.Flat(PdfProbe.Render(model, PaperSize.A4, "quotes").Text());

        quotes.ShouldContain("“Ze zei: kijk maar op internet.” — staat op de kaart “Daarna hoorde ik niets meer.” “Ik wist niet waar ik moest beginnen.”");
    }

    [Fact]
    public void LongTextsAndManySteps_FlowOverPagesWithTheHeaderRowRepeated()
    {
        var model = JourneyMapFixtures.Long(60);
        var longText = AwkwardFixtures.LongText(300);
        model = model with { Steps = model.Steps.Select(s => s with { Description = longText, OtherQuotes = [longText, longText] }).ToList() };

        var pdf = PdfProbe.Render(model, PaperSize.A4, "long60-booklet");
        var (plan, _) = MapPageComposer.Compose(JourneyMapRenderer.Layout(model), PageFormat.For(PaperSize.A4));

        var tablePages = Enumerable.Range(plan.Tiles.Count + 1, pdf.Pages - plan.Tiles.Count)
            .Select(p => PdfProbe.Flat(pdf.Text(p)))
            .TakeWhile(t => t.Contains("Stappen"))
            .ToList();
        tablePages.Count.ShouldBeGreaterThan(1);
        tablePages.ShouldAllBe(t => t.Contains("Stap Fase Organisatie Kanaal"));
        // The 300-character description is printed in full in the table, not cut off as on the map.
        tablePages[0].ShouldContain(string.Join(" ", longText.Split(' ', StringSplitOptions.RemoveEmptyEntries)));
    }
}
