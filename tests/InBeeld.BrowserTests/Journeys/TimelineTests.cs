using System.Text.RegularExpressions;
using InBeeld.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace InBeeld.BrowserTests.Journeys;

[Collection(BrowserCollection.Name)]
public sealed class TimelineTests(BrowserFixture browser)
{
    private static readonly RouteStep[] Steps =
    [
        new("Aanmelding bij het jongerenloket", "Oriëntatie", "Jongerenloket Doetinchem", 1, "Warm"),
        new("Intake bij het UWV", "Oriëntatie", "UWV Werkbedrijf", -1, "Koud"),
        new("Start werkervaringsplek", "Begeleiding naar werk", "Jongerenloket Doetinchem", 2, "Geen"),
    ];

    [Fact]
    public async Task RecordedInterview_ShowsItsThreeStepsInOrder_WithOrganisationExperienceAndHandover()
    {
        await using var session = await browser.NewSessionAsync();
        var page = session.Page;
        await RecordThreeStepInterviewAsync(session, "Van school naar werk");

        await session.ClickToNavigateAsync(page.GetByRole(AriaRole.Link, new() { Name = "Bekijk als tijdlijn" }), "timeline");

        var timeline = page.GetByRole(AriaRole.List, new() { Name = "Route in 3 stappen" });
        await Expect(timeline.GetByRole(AriaRole.Heading, new() { Level = 3 })).ToHaveTextAsync(
            Steps.Select((step, i) => $"Stap {i + 1}: {step.Description}").ToArray());
        var items = timeline.GetByRole(AriaRole.Listitem);
        await Expect(items).ToHaveCountAsync(Steps.Length);
        for (var i = 0; i < Steps.Length; i++)
        {
            var item = items.Nth(i);
            await Expect(item).ToContainTextAsync(Labelled("Fase", Steps[i].Phase));
            await Expect(item).ToContainTextAsync(Labelled("Organisatie", Steps[i].Organisation));
            await Expect(item).ToContainTextAsync(Labelled("Beleving", Steps[i].ExperienceLabel));
        }

        // A handover leads to the next step, so the last step shows none.
        await Expect(items.Nth(0)).ToContainTextAsync(Labelled("Overdracht naar de volgende stap", "Warm"));
        await Expect(items.Nth(1)).ToContainTextAsync(Labelled("Overdracht naar de volgende stap", "Koud"));
        await Expect(items.Nth(2)).Not.ToContainTextAsync("Overdracht naar de volgende stap");
        await session.FinishAsync();
    }

    [Fact]
    public async Task StudyOverview_CountsTheRecordedSteps_PerOrganisationAndPhase()
    {
        await using var session = await browser.NewSessionAsync();
        var page = session.Page;
        var study = await RecordThreeStepInterviewAsync(session, "Overzicht van de keten");

        var breadcrumb = page.GetByRole(AriaRole.Navigation, new() { Name = "Kruimelpad" });
        await session.ClickToNavigateAsync(breadcrumb.GetByRole(AriaRole.Link, new() { Name = study }), "study");
        var studyNav = page.GetByRole(AriaRole.Navigation, new() { Name = "Onderdelen van dit onderzoek" });
        await session.ClickToNavigateAsync(studyNav.GetByRole(AriaRole.Link, new() { Name = "Overzicht" }), "overview");

        var matrix = page.GetByRole(AriaRole.Table, new() { NameRegex = new Regex("^Aantal stappen per organisatie") });
        await Expect(matrix.GetByRole(AriaRole.Columnheader)).ToHaveTextAsync(
            ["Organisatie", "Oriëntatie", "Begeleiding naar werk", "Totaal stappen", "In interviews"]);
        await Expect(CellsOf(matrix, "Jongerenloket Doetinchem")).ToHaveTextAsync(["1", "1", "2", "1 van 1"]);
        await Expect(CellsOf(matrix, "UWV Werkbedrijf")).ToHaveTextAsync(["1", "0", "1", "1 van 1"]);

        // Oriëntatie: (+1 + −1) / 2 = 0 over two steps; Begeleiding naar werk: +2 from one step.
        var experience = page.GetByRole(AriaRole.Table, new() { NameRegex = new Regex("^Gemiddelde beleving") });
        await Expect(CellsOf(experience, "Oriëntatie")).ToHaveTextAsync(["0,0", "n = 2"]);
        await Expect(CellsOf(experience, "Begeleiding naar werk")).ToHaveTextAsync(["+2,0", "n = 1"]);
        await session.FinishAsync();
    }

    /// <summary>Creates a study with two chain partners and two phases, one participant and an interview with <see cref="Steps"/>.</summary>
    /// <returns>The study's full (unique) title.</returns>
    private static async Task<string> RecordThreeStepInterviewAsync(BrowserSession session, string title)
    {
        // Unique per run, because all tests share one database.
        var study = $"{title} {Guid.NewGuid():N}"[..(title.Length + 7)];
        await CapturePages.CreateStudyAsync(
            session,
            study,
            [("Jongerenloket Doetinchem", "Gemeente – Jeugd"), ("UWV Werkbedrijf", "UWV")],
            ["Oriëntatie", "Begeleiding naar werk"]);
        await CapturePages.RegisterParticipantAsync(session, "ACH-007");
        await CapturePages.RecordInterviewAsync(session, "ACH-007", "2025-03-14");
        for (var i = 0; i < Steps.Length; i++)
        {
            await CapturePages.AddStepAsync(session, Steps[i], i + 1);
        }

        return study;
    }

    private static ILocator CellsOf(ILocator table, string rowHeader) =>
        table.GetByRole(AriaRole.Row)
            .Filter(new() { Has = table.Page.GetByRole(AriaRole.Rowheader, new() { Name = rowHeader, Exact = true }) })
            .GetByRole(AriaRole.Cell);

    /// <summary>"Organisatie: UWV" as the timeline shows it, whatever whitespace the markup puts between term and value.</summary>
    private static Regex Labelled(string term, string value) =>
        new($"{Regex.Escape(term)}:\\s*{Regex.Escape(value)}(?![\\p{{L}}])");
}
