using System.Text.RegularExpressions;
using InBeeld.BrowserTests.Infrastructure;
using InBeeld.Core.Access;
using InBeeld.Core.Analysis.Coding;
using InBeeld.Core.Interviews;
using InBeeld.Core.Participants;
using InBeeld.Core.Studies;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace InBeeld.BrowserTests.Analysis;

[Collection(BrowserCollection.Name)]
public sealed class AnalysisPagesTests(BrowserFixture browser)
{
    private const string Retell = "Ik moest mijn verhaal steeds opnieuw vertellen aan het loket.";

    /// <summary>
    /// A researcher codes a quote on the coding page, sees the code's count go from 0 to 1 of 3
    /// interviews on the analysis page, follows the count to the quote; codebook, coding, analysis,
    /// evidence and agreement pages pass axe on the way.
    /// </summary>
    [Fact]
    public async Task CodeAQuote_SeeTheCountChange_FollowItToTheQuote()
    {
        var (studyId, firstInterview) = await SeedAsync();
        await browser.GrantAsync(studyId, BrowserFixture.ResearcherName, StudyRole.Researcher);
        await using var session = await browser.NewSessionAsync();
        var page = session.Page;

        await session.VisitAsync($"/studies/{studyId}/codebook", "codebook");
        await page.GetByRole(AriaRole.Region, new() { Name = "Code toevoegen" }).GetByLabel("Naam", new() { Exact = true }).FillAsync("Opnieuw vertellen");
        await session.ClickToNavigateAsync(page.GetByRole(AriaRole.Button, new() { Name = "Code toevoegen" }), "code added");
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("De code 'Opnieuw vertellen' is toegevoegd.");
        await page.GetByText("Bewerken: Opnieuw vertellen").ClickAsync();
        await session.AuditAsync("code details open");

        var studyNav = page.GetByRole(AriaRole.Navigation, new() { Name = "Onderdelen van dit onderzoek" });
        await session.ClickToNavigateAsync(studyNav.GetByRole(AriaRole.Link, new() { Name = "Analyse" }), "analysis before");
        var codes = page.Locator("table[data-table=codes]");
        await Expect(codes.GetByRole(AriaRole.Row, new() { Name = "Opnieuw vertellen" })).ToContainTextAsync("0 van 3");

        await session.VisitAsync($"/studies/{studyId}/interviews/{firstInterview}/coding", "coding");
        var quote = page.Locator(".inbeeld-coded-quote").Filter(new() { HasText = Retell });
        await quote.Locator("summary").First.ClickAsync();
        await quote.GetByLabel("Opnieuw vertellen").CheckAsync();
        await session.ClickToNavigateAsync(quote.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Codes opslaan") }), "quote coded");
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("De codes zijn opgeslagen.");

        await session.ClickToNavigateAsync(studyNav.GetByRole(AriaRole.Link, new() { Name = "Analyse" }), "analysis after");
        var row = codes.GetByRole(AriaRole.Row, new() { Name = "Opnieuw vertellen" });
        await Expect(row).ToContainTextAsync("1 van 3 (33%)");
        await session.ClickToNavigateAsync(row.GetByRole(AriaRole.Link), "evidence");
        await Expect(page.GetByTestId("evidence-quotes")).ToContainTextAsync(Retell);
        await Expect(page.GetByTestId("evidence-interviews")).ToContainTextAsync("AB-001");

        await session.ClickToNavigateAsync(studyNav.GetByRole(AriaRole.Link, new() { Name = "Overeenstemming" }), "agreement");
        await Expect(page.GetByTestId("coders")).ToContainTextAsync("2 codeurs");
        await Expect(page.GetByTestId("overall")).ToBeVisibleAsync();
        await session.VisitAsync($"/studies/{studyId}/analysis/report", "workshop report");
        await session.FinishAsync();
    }

    /// <summary>Without JavaScript a fragment is coded by typing its text; the page names a text that is not in the transcript.</summary>
    [Fact]
    public async Task FragmentWithoutJavaScript_IsCodedByItsText()
    {
        var (studyId, firstInterview) = await SeedAsync();
        await browser.GrantAsync(studyId, BrowserFixture.ResearcherName, StudyRole.Researcher);
        await using var session = await browser.NewSessionAsync(javaScriptEnabled: false);
        var page = session.Page;

        await session.VisitAsync($"/studies/{studyId}/interviews/{firstInterview}/coding", "coding without js");
        var form = page.Locator("form[data-fragment-form]");
        await form.GetByLabel("Tekst van het stuk").FillAsync("bellen");
        await form.GetByLabel("Code", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Wachten" });
        await session.ClickToNavigateAsync(form.GetByRole(AriaRole.Button, new() { Name = "Stuk coderen" }), "fragment refused");
        await Expect(page.Locator("#error-summary")).ToContainTextAsync("De tekst 'bellen' staat niet letterlijk in de transcriptie.");

        await form.GetByLabel("Tekst van het stuk").FillAsync("moest ik wachten");
        await form.GetByLabel("Code", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Wachten" });
        await session.ClickToNavigateAsync(form.GetByRole(AriaRole.Button, new() { Name = "Stuk coderen" }), "fragment coded");
        await Expect(page.GetByTestId("fragments")).ToContainTextAsync("Wachten: “moest ik wachten”");
        await session.FinishAsync();
    }

    /// <summary>Three consented interviews: two organisations, two phases, a quote each, a transcript on the first; a code already used once.</summary>
    private Task<(Guid Study, Guid FirstInterview)> SeedAsync() => browser.SeedAsync(db =>
    {
        var study = new Study { Title = $"Analyse {Guid.NewGuid():N}"[..16], CreatedAt = DateTimeOffset.UtcNow };
        var uwv = new Organization { Name = "UWV", Type = OrganizationType.Uwv, Order = 0 };
        var loket = new Organization { Name = "Jongerenloket", Type = OrganizationType.MunicipalityYouth, Order = 1 };
        var (aanmelding, begeleiding) = (new Phase { Name = "Aanmelding", Order = 0 }, new Phase { Name = "Begeleiding", Order = 1 });
        study.Organizations.AddRange([uwv, loket]);
        study.Phases.AddRange([aanmelding, begeleiding]);
        db.Studies.Add(study);
        string[] quotes = [Retell, "Niemand belde terug, ik heb weken gewacht.", "De consulent nam de tijd."];
        var interviews = new List<Interview>();
        for (var n = 0; n < 3; n++)
        {
            var participant = new Participant { StudyId = study.Id, Code = $"AB-00{n + 1}", ConsentScope = ConsentScope.Interview | ConsentScope.Quotes };
            db.Participants.Add(participant);
            var interview = new Interview
            {
                StudyId = study.Id,
                ParticipantId = participant.Id,
                Date = new DateOnly(2025, 3, 10 + n),
                Consent = new Consent { Given = true },
                Transcript = n == 0 ? "Ik meldde me aan bij het loket.\nDaarna moest ik wachten." : null,
                Steps =
                [
                    new Step { Order = 0, Description = "Aanmelden bij het loket", OrganizationId = loket.Id, PhaseId = aanmelding.Id, Experience = -1, Handover = HandoverKind.Cold, Quotes = [new Quote { Text = quotes[n] }] },
                    new Step { Order = 1, Description = "Gesprek bij het UWV", OrganizationId = uwv.Id, PhaseId = begeleiding.Id, Experience = 1 },
                ],
            };
            interviews.Add(interview);
        }

        db.Interviews.AddRange(interviews);
        var waiting = new Code { StudyId = study.Id, Name = "Wachten", Order = 0 };
        db.Codes.Add(waiting);
        db.Codings.Add(new Coding
        {
            CodeId = waiting.Id, InterviewId = interviews[1].Id, Target = CodingTarget.Quote, StepId = interviews[1].Steps[0].Id,
            QuoteId = interviews[1].Steps[0].Quotes[0].Id, CoderId = "seed", CreatedAt = DateTimeOffset.UtcNow,
        });
        return (study.Id, interviews[0].Id);
    });
}
