using System.Globalization;
using System.Text.RegularExpressions;
using InBeeld.BrowserTests.Infrastructure;
using InBeeld.BrowserTests.Journeys;
using InBeeld.Core.Access;
using InBeeld.Core.Interviews;
using InBeeld.Core.Participants;
using InBeeld.Core.Studies;
using InBeeld.Core.Actions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace InBeeld.BrowserTests.Improvement;

[Collection(BrowserCollection.Name)]
public sealed class DesiredJourneyAndActionTests(BrowserFixture browser)
{
    /// <summary>A study with one consented interview (School −1, koud → RMC −2), made directly in the database: the capture pages have tests of their own.</summary>
    private static Guid Seed(InBeeld.Data.InBeeldDbContext db, string title)
    {
        var study = new Study { Title = title, IsFictitious = true, CreatedAt = DateTimeOffset.UtcNow };
        var school = new Organization { Name = "School", Type = OrganizationType.SchoolVo, Order = 0 };
        var rmc = new Organization { Name = "RMC", Type = OrganizationType.Rmc, Order = 1 };
        var signal = new Phase { Name = "Signaleren", Order = 0 };
        var help = new Phase { Name = "Hulp", Order = 1 };
        study.Organizations.AddRange([school, rmc]);
        study.Phases.AddRange([signal, help]);
        var participant = new Participant { StudyId = study.Id, Code = "VZ-001" };
        var interview = new Interview
        {
            StudyId = study.Id, ParticipantId = participant.Id, Date = new DateOnly(2026, 10, 1), Consent = new Consent { Given = true },
            Steps =
            [
                new Step { Order = 0, Description = "Mentor ziet dat Sam vaak afwezig is", PhaseId = signal.Id, OrganizationId = school.Id, Experience = -1, Handover = HandoverKind.Cold },
                new Step { Order = 1, Description = "Het RMC belt na zes weken", PhaseId = help.Id, OrganizationId = rmc.Id, Experience = -2 },
            ],
        };
        db.AddRange(study, participant, interview);
        db.SaveChanges();
        return study.Id;
    }

    [Fact]
    public async Task DesiredJourney_ActionOnAColdHandover_BecomesOverdue_OnTheCoordinatorView()
    {
        var title = $"Gewenst {Guid.NewGuid():N}"[..14];
        var study = await browser.SeedAsync(db => Seed(db, title));
        await browser.GrantAsync(study, BrowserFixture.ResearcherName, StudyRole.Coordinator);
        await using var session = await browser.NewSessionAsync();
        var page = session.Page;
        await session.VisitAsync($"/studies/{study}", "study");

        // A desired journey as a copy of the interview.
        var studyNav = page.GetByRole(AriaRole.Navigation, new() { Name = "Onderdelen van dit onderzoek" });
        await session.ClickToNavigateAsync(studyNav.GetByRole(AriaRole.Link, new() { Name = "Gewenste klantreizen" }), "desired journeys");
        await session.ClickToNavigateAsync(page.GetByRole(AriaRole.Link, new() { Name = "Nieuwe gewenste klantreis" }), "new desired journey");
        await page.GetByLabel("Beginnen met").SelectOptionAsync(new SelectOptionValue { Label = "VZ-001 (2 stappen)" });
        await page.GetByLabel("Titel").FillAsync("Gewenst: Sam");
        await CapturePages.SubmitAsync(session, page.GetByRole(AriaRole.Button, new() { Name = "Gewenste klantreis maken" }), "desired journey made");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Gewenst: Sam");
        await Expect(page.Locator("svg.journey-map .hartslag-point[data-series='current']")).ToHaveCountAsync(2);
        await Expect(page.Locator("svg.journey-map .hartslag-point[data-series='desired']")).ToHaveCountAsync(2);

        // An action on the cold handover from School to RMC, due tomorrow.
        await session.ClickToNavigateAsync(page.GetByRole(AriaRole.Link, new() { Name = "Actie voor deze overdracht (na stap 1)" }), "new action for the handover");
        await Expect(page.GetByRole(AriaRole.Listitem).Filter(new() { HasText = "Overdracht School → RMC" })).ToBeVisibleAsync();
        var tomorrow = ActionMonitor.Today(browser.Clock).AddDays(1);
        await page.GetByLabel("Titel").FillAsync("Mentor belt het RMC en maakt samen een afspraak");
        await page.GetByLabel("Eigenaar (persoon of rol)").FillAsync("zorgcoördinator");
        await page.GetByLabel("Streefdatum").FillAsync(tomorrow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await CapturePages.SubmitAsync(session, page.GetByRole(AriaRole.Button, new() { Name = "Actie opslaan" }), "action saved");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Mentor belt het RMC en maakt samen een afspraak");

        var overdueSection = page.GetByRole(AriaRole.Region, new() { NameRegex = new Regex("^Over de streefdatum") });
        await session.ClickToNavigateAsync(studyNav.GetByRole(AriaRole.Link, new() { Name = "Verbeteracties" }), "actions");
        await session.ClickToNavigateAsync(page.GetByRole(AriaRole.Link, new() { Name = "Aandacht nodig" }), "coordinator view, on time");
        await Expect(overdueSection).ToContainTextAsync("Geen acties over hun streefdatum.");

        // Three days later the action is two days overdue. A sign-in lasts a working day, so the
        // coordinator signs in again and lands back on the coordinator view.
        try
        {
            browser.Clock.Advance(TimeSpan.FromDays(3));
            await session.VisitAsync(new Uri(page.Url).PathAndQuery, "three days later: sign in again");
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Inloggen");
            await page.GetByLabel("Gebruikersnaam").FillAsync(BrowserFixture.ResearcherName);
            await page.GetByLabel("Wachtwoord").FillAsync(BrowserFixture.Password);
            await session.ClickToNavigateAsync(page.GetByRole(AriaRole.Button, new() { Name = "Inloggen" }), "coordinator view, three days later");
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Aandacht nodig");
            await Expect(overdueSection).ToContainTextAsync("Mentor belt het RMC en maakt samen een afspraak");
            await Expect(overdueSection).ToContainTextAsync("te laat (2 dagen)");
            await Expect(overdueSection.GetByRole(AriaRole.Heading)).ToHaveTextAsync("Over de streefdatum (1)");
        }
        finally
        {
            browser.Clock.Reset();
        }

        // The other pages of the plan cycle, each checked with axe on the way.
        await session.ClickToNavigateAsync(page.GetByRole(AriaRole.Link, new() { Name = "Overleg vastleggen" }), "record a meeting");
        await Expect(page.GetByRole(AriaRole.Group, new() { Name = "Mentor belt het RMC en maakt samen een afspraak" })).ToBeVisibleAsync();
        await session.ClickToNavigateAsync(studyNav.GetByRole(AriaRole.Link, new() { Name = "Verbeteracties" }), "actions again");
        await session.ClickToNavigateAsync(page.GetByRole(AriaRole.Link, new() { Name = "Integraal plan" }), "integrated plan");
        await Expect(page.GetByRole(AriaRole.Table, new() { Name = "RMC", Exact = true })).ToContainTextAsync("Mentor belt het RMC");
        await session.ClickToNavigateAsync(studyNav.GetByRole(AriaRole.Link, new() { Name = "Woordenlijst" }), "glossary");
        await page.GetByLabel("Gedeelde term").FillAsync("aanmelding");
        await page.GetByLabel("Organisatie", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "RMC" });
        await page.GetByLabel("Eigen term van de organisatie").FillAsync("melding verzuim");
        await CapturePages.SubmitAsync(session, page.GetByRole(AriaRole.Button, new() { Name = "Term toevoegen" }), "term added");
        await Expect(page.GetByRole(AriaRole.Table)).ToContainTextAsync("melding verzuim");
        await session.ClickToNavigateAsync(studyNav.GetByRole(AriaRole.Link, new() { Name = "Hermeting" }), "re-measurement");
        await session.ClickToNavigateAsync(studyNav.GetByRole(AriaRole.Link, new() { Name = "Gewenste klantreizen" }), "desired journeys again");
        await session.ClickToNavigateAsync(page.GetByRole(AriaRole.Link, new() { Name = "Gewenst: Sam" }), "desired journey again");
        await session.ClickToNavigateAsync(page.GetByRole(AriaRole.Link, new() { Name = "Stappen aanpassen" }), "step editor");
        await session.ClickToNavigateAsync(page.GetByRole(AriaRole.Link, new() { Name = "Wijzigen" }).First, "edit step 1");
        await page.GetByLabel("Overdracht naar de volgende stap").SelectOptionAsync(new SelectOptionValue { Label = "Warm" });
        await CapturePages.SubmitAsync(session, page.GetByRole(AriaRole.Button, new() { Name = "Stap opslaan" }), "step saved");
        await Expect(page.Locator("ol.inbeeld-desired-steps > li").First).ToContainTextAsync("gewijzigd");
        await session.VisitAsync("/account/calendar", "calendar");
        await session.FinishAsync();
    }
}
