using System.Text.RegularExpressions;
using InBeeld.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace InBeeld.BrowserTests.Journeys;

/// <summary>
/// Drives the capture pages the way a researcher does: by the Dutch labels, roles and button texts
/// a screen-reader user hears, so a test also fails when a control loses its accessible name.
/// Every page it reaches is screenshotted and checked with axe by <see cref="BrowserSession"/>.
/// </summary>
internal static class CapturePages
{
    /// <summary>Creates a study with only the given lists (no default vocabulary) and ends on its vocabulary page.</summary>
    public static async Task CreateStudyAsync(
        BrowserSession session, string title, IEnumerable<(string Name, string Kind)> organisations, IEnumerable<string> phases)
    {
        var page = session.Page;
        await session.VisitAsync("/", "home");
        await session.ClickToNavigateAsync(page.GetByRole(AriaRole.Link, new() { Name = "Nieuw onderzoek" }), "new study form");
        await page.GetByLabel("Titel").FillAsync(title);
        // Own lists only, so the step form offers exactly what this test expects.
        await page.GetByLabel("Begin met de standaardlijsten").SetCheckedAsync(false);
        await SubmitAsync(session, page.GetByRole(AriaRole.Button, new() { Name = "Onderzoek aanmaken" }), "study created");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(title);
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Het onderzoek is aangemaakt.");

        await session.ClickToNavigateAsync(page.GetByRole(AriaRole.Link, new() { Name = "Lijsten beheren" }), "vocabulary");
        var partners = page.GetByRole(AriaRole.Region, new() { Name = "Ketenpartners" });
        foreach (var (name, kind) in organisations)
        {
            await partners.GetByLabel("Naam van de ketenpartner").FillAsync(name);
            await partners.GetByLabel("Soort organisatie").SelectOptionAsync(new SelectOptionValue { Label = kind });
            await SubmitAsync(session, partners.GetByRole(AriaRole.Button, new() { Name = "Ketenpartner toevoegen" }), $"chain partner {name} added");
            await Expect(partners.GetByRole(AriaRole.Rowheader, new() { Name = name, Exact = true })).ToBeVisibleAsync();
        }

        var phaseSection = page.GetByRole(AriaRole.Region, new() { Name = "Fasen" });
        foreach (var phase in phases)
        {
            await phaseSection.GetByLabel("Naam", new() { Exact = true }).FillAsync(phase);
            await SubmitAsync(session, phaseSection.GetByRole(AriaRole.Button, new() { Name = "Fase toevoegen" }), $"phase {phase} added");
            await Expect(phaseSection.GetByRole(AriaRole.Rowheader, new() { Name = phase, Exact = true })).ToBeVisibleAsync();
        }
    }

    /// <summary>From any page of a study, registers a participant and ends on the participant list.</summary>
    public static async Task RegisterParticipantAsync(BrowserSession session, string code)
    {
        var page = session.Page;
        var studyNav = page.GetByRole(AriaRole.Navigation, new() { Name = "Onderdelen van dit onderzoek" });
        await session.ClickToNavigateAsync(studyNav.GetByRole(AriaRole.Link, new() { Name = "Deelnemers" }), "participants");
        await session.ClickToNavigateAsync(page.GetByRole(AriaRole.Link, new() { Name = "Deelnemer registreren" }), "participant form");
        await page.GetByLabel("Pseudoniemcode").FillAsync(code);
        await SubmitAsync(session, page.GetByRole(AriaRole.Button, new() { Name = "Deelnemer registreren" }), "participant registered");
        await Expect(page.GetByRole(AriaRole.Rowheader, new() { Name = code, Exact = true })).ToBeVisibleAsync();
    }

    /// <summary>From the participant list, records a consented interview and ends on its (empty) route.</summary>
    public static async Task RecordInterviewAsync(BrowserSession session, string participantCode, string date)
    {
        var page = session.Page;
        await session.ClickToNavigateAsync(
            page.GetByRole(AriaRole.Link, new() { Name = $"Interview toevoegen {participantCode}" }), "interview form");
        await Expect(page.GetByLabel("Deelnemer", new() { Exact = true })).ToHaveValueAsync(new Regex(".+"));
        await page.GetByLabel("Datum van het interview").FillAsync(date);
        await page.GetByRole(AriaRole.Radio, new() { Name = "Face-to-face" }).CheckAsync();
        await page.GetByLabel("De deelnemer heeft toestemming gegeven").CheckAsync();
        await SubmitAsync(session, page.GetByRole(AriaRole.Button, new() { Name = "Interview opslaan en route vastleggen" }), "interview saved");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync($"Route van {participantCode}");
    }

    /// <summary>From the route page, adds one step through the step form and ends back on the route.</summary>
    public static async Task AddStepAsync(BrowserSession session, RouteStep step, int number)
    {
        var page = session.Page;
        await session.ClickToNavigateAsync(page.GetByRole(AriaRole.Link, new() { Name = "Stap toevoegen" }), $"step {number} form");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync($"Stap {number} toevoegen");
        await page.GetByLabel("Wat gebeurde er?").FillAsync(step.Description);
        await page.GetByLabel("Fase").SelectOptionAsync(new SelectOptionValue { Label = step.Phase });
        await page.GetByLabel("Organisatie").SelectOptionAsync(new SelectOptionValue { Label = step.Organisation });
        var experience = page.GetByRole(AriaRole.Group, new() { Name = "Beleving" });
        await experience.GetByRole(AriaRole.Radio, new() { Name = step.ExperienceLabel, Exact = true }).CheckAsync();
        var handover = page.GetByRole(AriaRole.Group, new() { Name = "Overdracht naar de volgende stap" });
        await handover.GetByRole(AriaRole.Radio, new() { NameRegex = new Regex($"^{Regex.Escape(step.Handover)} – ") }).CheckAsync();
        await SubmitAsync(session, page.GetByRole(AriaRole.Button, new() { Name = "Stap toevoegen" }), $"step {number} added");
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("De stap is toegevoegd.");
    }

    /// <summary>Submits a form and fails with the app's own error summary if it refused the input.</summary>
    public static async Task SubmitAsync(BrowserSession session, ILocator submit, string step)
    {
        await session.ClickToNavigateAsync(submit, step);
        var errors = session.Page.GetByRole(AriaRole.Alert, new() { Name = "Er is een probleem" });
        if (await errors.CountAsync() > 0)
        {
            Assert.Fail($"The form was refused at step '{step}': {await errors.InnerTextAsync()}");
        }
    }
}
