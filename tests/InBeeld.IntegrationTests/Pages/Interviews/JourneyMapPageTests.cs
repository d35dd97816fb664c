using System.Net;
using AngleSharp.Html.Dom;
using InBeeld.Data.Setup;
using InBeeld.IntegrationTests.Infrastructure;
using InBeeld.IntegrationTests.Maps;
using InBeeld.IntegrationTests.Web;
using Microsoft.EntityFrameworkCore;

namespace InBeeld.IntegrationTests.Pages.Interviews;

public sealed class JourneyMapPageTests
{
    private sealed record Setup(TestApp App, Guid StudyId, Guid InterviewId)
    {
        public string Details => $"/studies/{StudyId}/interviews/{InterviewId}";
    }

    private static async Task<Setup> StartAsync(DatabaseProvider provider, string participant = "ACH-07")
    {
        var app = await TestApp.StartAsync(provider);
        await using var db = app.CreateContext();
        var studyId = await MapSamples.ImportAsync(db);
        await app.JoinAsync(studyId);
        return new Setup(app, studyId, await MapSamples.InterviewIdAsync(db, participant));
    }

    [Theory, ClassData(typeof(Providers))]
    public async Task DetailsPage_ShowsTheAccessibleMapAndATableWithTheSameSteps(DatabaseProvider provider)
    {
        var s = await StartAsync(provider);
        await using var app = s.App;

        var page = await app.GetAsync(s.Details);

        var svg = page.QuerySelector("#kaart svg.journey-map")!;
        svg.GetAttribute("role").ShouldBe("img");
        svg.GetAttribute("aria-labelledby").ShouldBe("journey-map-title journey-map-desc");
        page.GetElementById("journey-map-title")!.TextContent.ShouldBe("Klantreis van ACH-07 – Kaarten in de Achterhoek");
        page.GetElementById("journey-map-desc")!.TextContent.ShouldStartWith("Klantreis van ACH-07: 3 stappen bij 3 organisaties");
        page.QuerySelector(".inbeeld-map__viewport")!.GetAttribute("tabindex").ShouldBe("0");
        var cards = svg.QuerySelectorAll("g.card").Select(c => string.Join(" ", c.QuerySelectorAll("text").Select(t => t.TextContent))).ToList();
        var rows = page.QuerySelectorAll("#kaart-tabel tbody tr").ToList();
        cards.Count.ShouldBe(3);
        rows.Count.ShouldBe(3);
        for (var i = 0; i < 3; i++)
        {
            // The table holds what the card shows: the description (whole in the table, wrapped on the card).
            var description = rows[i].QuerySelectorAll("td")[3].TextContent.Trim();
            cards[i].ShouldContain(description);
        }

        rows[0].QuerySelectorAll("td")[7].QuerySelectorAll("q").Select(q => q.TextContent)
            .ShouldBe(["Ze zei: kijk maar op internet.", "Ik wist niet waar ik moest beginnen.", "Niemand belde terug."]);
        rows[0].QuerySelector(".utrecht-status-badge")!.TextContent.ShouldBe("op de kaart");
        rows[0].QuerySelectorAll("form").Length.ShouldBe(2); // one "op de kaart zetten" per other quote
        rows[1].QuerySelectorAll("td")[3].GetAttribute("dir").ShouldBe("auto");
        page.QuerySelectorAll(".inbeeld-map__downloads a").Select(a => a.GetAttribute("href"))
            .ShouldBe([
                $"{s.Details}/map?handler=Svg",
                $"{s.Details}/map?paper=a3&handler=Pdf",
                $"{s.Details}/map?paper=a4&handler=Pdf",
                $"{s.Details}/map?handler=Mermaid",
            ]);
        // The strict CSP forbids inline style and script: the map section uses neither.
        page.QuerySelector("#kaart")!.QuerySelectorAll("[style], script").ShouldBeEmpty();
    }

    [Theory, ClassData(typeof(Providers))]
    public async Task PickingAQuote_PutsItOnTheMap(DatabaseProvider provider)
    {
        var s = await StartAsync(provider);
        await using var app = s.App;
        var page = await app.GetAsync(s.Details);
        var forms = page.QuerySelectorAll("#kaart-tabel form").ToList();
        forms[1].Id = "kies"; // the form next to "Niemand belde terug."

        page = await app.Browser.SubmitAsync(page, "#kies");

        app.Browser.LastStatus.ShouldBe(HttpStatusCode.OK);
        Browser.UrlOf(page).AbsolutePath.ShouldBe(s.Details);
        page.QuerySelector(".inbeeld-status")!.TextContent.Trim().ShouldBe("Het gekozen citaat staat nu op de kaart.");
        var firstCard = string.Join(" ", page.QuerySelectorAll("svg.journey-map g.card")[0].QuerySelectorAll("text").Select(t => t.TextContent));
        firstCard.ShouldContain("“Niemand belde terug.”");
        page.QuerySelectorAll("#kaart-tabel tbody tr")[0].QuerySelectorAll("q").Select(q => q.TextContent)
            .ShouldBe(["Niemand belde terug.", "Ze zei: kijk maar op internet.", "Ik wist niet waar ik moest beginnen."]);
    }

    [Fact]
    public async Task PickingAQuoteOfAnotherInterview_ChangesNothing()
    {
        var s = await StartAsync(DatabaseProvider.Sqlite, "ACH-09");
        await using var app = s.App;
        Guid foreign;
        await using (var db = app.CreateContext())
        {
            foreign = await db.Quotes.Where(q => q.Text == "Niemand belde terug.").Select(q => q.Id).SingleAsync();
        }

        // ACH-09's step has no quotes, so take a pick form from ACH-07's page and aim it at ACH-09 with ACH-07's quote.
        var other = await app.GetAsync($"/studies/{s.StudyId}/interviews/{await OtherInterviewAsync(app)}");
        var form = (IHtmlFormElement)other.QuerySelectorAll("#kaart-tabel form")[0];
        form.Action = $"{s.Details}/map?quoteId={foreign}&fullPage=False&handler=PickQuote";
        form.Id = "vals";

        var page = await app.Browser.SubmitAsync(other, "#vals");

        page.QuerySelector(".inbeeld-status")!.TextContent.Trim().ShouldBe("Dat citaat hoort niet bij dit interview; er is niets gewijzigd.");
        await using var check = app.CreateContext();
        (await check.Quotes.Where(q => q.Id == foreign).Select(q => q.Order).SingleAsync()).ShouldBe(2);
    }

    [Fact]
    public async Task Downloads_GiveSvgPdfAndMermaidFiles()
    {
        var s = await StartAsync(DatabaseProvider.Sqlite);
        await using var app = s.App;
        var client = app.Browser.Client;

        var svg = await client.GetAsync($"{s.Details}/map?handler=Svg");
        var a3 = await client.GetAsync($"{s.Details}/map?paper=a3&handler=Pdf");
        var a4 = await client.GetAsync($"{s.Details}/map?paper=a4&handler=Pdf");
        var mermaid = await client.GetAsync($"{s.Details}/map?handler=Mermaid");

        svg.Content.Headers.ContentType!.MediaType.ShouldBe("image/svg+xml");
        svg.Content.Headers.ContentDisposition!.FileName.ShouldBe("klantreis-ACH-07-2024-03-14.svg");
        (await svg.Content.ReadAsStringAsync()).ShouldStartWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<svg");
        a3.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        a3.Content.Headers.ContentDisposition!.FileName.ShouldBe("klantreis-ACH-07-2024-03-14-a3.pdf");
        var folder = Directory.CreateTempSubdirectory("inbeeld-web-pdf-").FullName;
        try
        {
            var a3Path = Path.Combine(folder, "a3.pdf");
            var a4Path = Path.Combine(folder, "a4.pdf");
            await File.WriteAllBytesAsync(a3Path, await a3.Content.ReadAsByteArrayAsync());
            await File.WriteAllBytesAsync(a4Path, await a4.Content.ReadAsByteArrayAsync());
            Poppler.Info(a3Path)["Page size"].ShouldBe("1190.55 x 841.89 pts (A3)");
            Poppler.Info(a4Path)["Page size"].ShouldBe("841.89 x 595.276 pts (A4)");
            Poppler.Text(a4Path).ShouldContain(MapSamples.Arabic);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }

        (await mermaid.Content.ReadAsStringAsync()).ShouldStartWith("journey\n    title Klantreis van ACH-07");
    }

    [Fact]
    public async Task WithoutConsent_TheMapShowsButNothingDownloads()
    {
        var s = await StartAsync(DatabaseProvider.Sqlite, "ACH-08");
        await using var app = s.App;

        var page = await app.GetAsync(s.Details);
        var download = await app.GetAsync($"{s.Details}/map?handler=Svg");

        page.QuerySelector("#kaart svg.journey-map").ShouldNotBeNull();
        page.QuerySelector(".inbeeld-map__downloads").ShouldBeNull();
        page.QuerySelector("#kaart")!.TextContent.ShouldContain("Voor dit interview is geen toestemming vastgelegd.");
        app.Browser.LastResponse!.Content.Headers.ContentType!.MediaType.ShouldBe("text/html");
        download.QuerySelector("[role=alert]")!.TextContent.Trim().ShouldStartWith("Voor dit interview is geen toestemming vastgelegd.");
    }

    [Fact]
    public async Task MapPage_ForAnUnknownInterview_IsNotFound()
    {
        var s = await StartAsync(DatabaseProvider.Sqlite);
        await using var app = s.App;

        await app.GetAsync($"/studies/{s.StudyId}/interviews/{Guid.NewGuid()}/map");
        app.Browser.LastStatus.ShouldBe(HttpStatusCode.NotFound);
        // Another (unknown) study: refused before anything is looked up, as for any study one is not a member of.
        await app.GetAsync($"/studies/{Guid.NewGuid()}/interviews/{s.InterviewId}/map?handler=Svg");
        app.Browser.LastStatus.ShouldBe(HttpStatusCode.Forbidden);
    }

    private static async Task<Guid> OtherInterviewAsync(TestApp app)
    {
        await using var db = app.CreateContext();
        return await MapSamples.InterviewIdAsync(db, "ACH-07");
    }
}
