using InBeeld.BrowserTests.Infrastructure;
using InBeeld.BrowserTests.Journeys;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace InBeeld.BrowserTests.Security;

[Collection(BrowserCollection.Name)]
public sealed class PrivacyPagesTests(BrowserFixture browser)
{
    /// <summary>The coordinator's privacy pages — members, consent, pseudonym key, rights, audit log, steps — pass axe.</summary>
    [Fact]
    public async Task CoordinatorPrivacyPages_WorkAndPassAxe()
    {
        await using var session = await browser.NewSessionAsync();
        var page = session.Page;
        var study = $"Privacy {Guid.NewGuid():N}"[..14];
        await CapturePages.CreateStudyAsync(session, study, [("UWV", "UWV")], ["Aanmelding"]);
        await CapturePages.RegisterParticipantAsync(session, "PV-001");

        await session.ClickToNavigateAsync(page.GetByRole(AriaRole.Link, new() { Name = "Toestemming PV-001" }), "consent");
        await page.GetByLabel("Citaten (zonder naam) in kaarten en rapporten").CheckAsync();
        await CapturePages.SubmitAsync(session, page.GetByRole(AriaRole.Button, new() { Name = "Toestemming opslaan" }), "consent saved");
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("is opgeslagen");

        var studyNav = page.GetByRole(AriaRole.Navigation, new() { Name = "Onderdelen van dit onderzoek" });
        var breadcrumb = page.GetByRole(AriaRole.Navigation, new() { Name = "Kruimelpad" });
        await session.ClickToNavigateAsync(breadcrumb.GetByRole(AriaRole.Link, new() { Name = "Deelnemers" }), "participants");
        await session.ClickToNavigateAsync(page.GetByRole(AriaRole.Link, new() { Name = "Sleutelbestand PV-001" }), "pseudonym key");
        await page.GetByLabel("Contactgegevens").FillAsync("via de mentor op school");
        await CapturePages.SubmitAsync(session, page.GetByRole(AriaRole.Button, new() { Name = "Opslaan in het sleutelbestand" }), "key saved");
        await Expect(page.GetByLabel("Contactgegevens")).ToHaveValueAsync("via de mentor op school");

        await session.ClickToNavigateAsync(breadcrumb.GetByRole(AriaRole.Link, new() { Name = "Deelnemers" }), "participants again");
        await session.ClickToNavigateAsync(page.GetByRole(AriaRole.Link, new() { Name = "Inzage en wissen PV-001" }), "rights");
        await session.ClickToNavigateAsync(breadcrumb.GetByRole(AriaRole.Link, new() { Name = "Deelnemers" }), "participants once more");
        await session.ClickToNavigateAsync(studyNav.GetByRole(AriaRole.Link, new() { Name = "Leden" }), "members");
        await Expect(page.GetByRole(AriaRole.Table)).ToContainTextAsync(BrowserFixture.ResearcherName);
        await session.ClickToNavigateAsync(studyNav.GetByRole(AriaRole.Link, new() { Name = "Auditlog" }), "audit log");
        await Expect(page.GetByTestId("audit-table")).ToContainTextAsync("Ruwe gegevens gelezen");
        await session.ClickToNavigateAsync(studyNav.GetByRole(AriaRole.Link, new() { Name = "Stappen van mijn organisatie" }), "steps");
        await session.FinishAsync();
    }
}
