using System.Text.RegularExpressions;
using InBeeld.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace InBeeld.BrowserTests.Journeys;

[Collection(BrowserCollection.Name)]
public sealed class StepFormWithoutJavaScriptTests(BrowserFixture browser)
{
    private const string DragHint = "U kunt stappen ook met de muis naar een andere plek slepen.";

    private static readonly RouteStep FirstStep = new("Gesprek met de mentor", "Oriëntatie", "Praktijkschool Zutphen", 0, "Warm");
    private static readonly RouteStep SecondStep = new("Aanmelding bij het RMC", "Aanmelding", "RMC Achterhoek", -2, "Koud");

    [Fact]
    public async Task StepForm_WithoutJavaScript_AddsAStepToTheRoute()
    {
        await using var setup = await browser.NewSessionAsync();
        await CapturePages.CreateStudyAsync(
            setup,
            $"Zonder JavaScript {Guid.NewGuid():N}"[..26],
            [("Praktijkschool Zutphen", "School – praktijkonderwijs"), ("RMC Achterhoek", "RMC (voortijdig schoolverlaten)")],
            ["Oriëntatie", "Aanmelding"]);
        await CapturePages.RegisterParticipantAsync(setup, "ZJS-001");
        await CapturePages.RecordInterviewAsync(setup, "ZJS-001", "2025-04-02");
        await CapturePages.AddStepAsync(setup, FirstStep, 1);
        // With scripts the route editor reveals its drag hint; its absence below proves scripts are off.
        await Expect(setup.Page.GetByText(DragHint)).ToBeVisibleAsync();
        var route = new Uri(setup.Page.Url).GetLeftPart(UriPartial.Query);
        await setup.FinishAsync();

        await using var noScript = await browser.NewSessionAsync(javaScriptEnabled: false);
        var page = noScript.Page;
        await noScript.VisitAsync(route, "route without JavaScript");
        await Expect(page.GetByText(DragHint)).ToBeHiddenAsync();

        await CapturePages.AddStepAsync(noScript, SecondStep, 2);

        var steps = page.GetByRole(AriaRole.Heading, new() { Name = "Stappen (2)" });
        await Expect(steps).ToBeVisibleAsync();
        // The breadcrumb is a list too; the route's items are the ones that name a step.
        var routeItems = page.GetByRole(AriaRole.Listitem).Filter(new() { HasTextRegex = new Regex(@"Stap \d+:") });
        await Expect(routeItems.GetByRole(AriaRole.Strong)).ToHaveTextAsync(
            [$"Stap 1: {FirstStep.Description}", $"Stap 2: {SecondStep.Description}"]);
        await Expect(routeItems.Nth(1)).ToContainTextAsync("Aanmelding · RMC Achterhoek");
        await noScript.FinishAsync();
    }
}
