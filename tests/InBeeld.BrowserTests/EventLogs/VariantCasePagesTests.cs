using System.Text.RegularExpressions;
using InBeeld.BrowserTests.Infrastructure;
using InBeeld.Core.Access;
using InBeeld.Core.EventLogs.Generation;
using InBeeld.Core.EventLogs.Privacy;
using InBeeld.Core.Studies;
using InBeeld.Data.EventLogs;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace InBeeld.BrowserTests.EventLogs;

/// <summary>The case list of a frequent variant pages through its cases, and every page passes axe.</summary>
[Collection(BrowserCollection.Name)]
public sealed class VariantCasePagesTests(BrowserFixture browser)
{
    [Fact]
    public async Task CasesOfAFrequentVariant_ArePagedWithNextAndPreviousLinks_AndPassAxe()
    {
        var (studyId, logId) = await browser.SeedAsync(async db =>
        {
            var study = new Study { Title = $"Zaken {Guid.NewGuid():N}"[..14], CreatedAt = DateTimeOffset.UnixEpoch, IsFictitious = true };
            db.Studies.Add(study);
            await db.SaveChangesAsync();
            using var pseudonyms = new CaseIdPseudonymizer(new byte[32]);
            var log = SyntheticLogGenerator.Build(new SyntheticLogOptions { Events = 60_000, Seed = 4 }, pseudonyms);
            var import = new EventLogImport { StudyId = study.Id, Name = "Groot logboek", Format = Core.EventLogs.Reading.EventLogFormat.Xes, SourceName = "groot.xes", ImportedBy = "test" };
            return (study.Id, await new EventLogStore(db, TimeProvider.System).SaveAsync(import, log, null, CancellationToken.None));
        });
        await browser.GrantAsync(studyId, BrowserFixture.ResearcherName, StudyRole.Researcher);

        await using var session = await browser.NewSessionAsync();
        var page = session.Page;
        await session.VisitAsync($"/studies/{studyId}/logs/{logId}/cases?variant=1", "cases, first page");
        await Expect(page.GetByRole(AriaRole.Table, new() { Name = "Zaken 1 tot en met 500" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Vorige") })).ToHaveCountAsync(0);

        var pages = page.GetByRole(AriaRole.Navigation, new() { Name = "Meer zaken" });
        await session.ClickToNavigateAsync(pages.GetByRole(AriaRole.Link, new() { Name = "Volgende 500 zaken" }), "cases, second page");
        await Expect(page).ToHaveURLAsync(new Regex("pagina=2"));
        await Expect(page.GetByRole(AriaRole.Table, new() { NameRegex = new Regex("^Zaken 501 tot en met") })).ToBeVisibleAsync();
        await session.ClickToNavigateAsync(pages.GetByRole(AriaRole.Link, new() { Name = "Vorige 500 zaken" }), "cases, back to the first page");
        await Expect(page.GetByRole(AriaRole.Table, new() { Name = "Zaken 1 tot en met 500" })).ToBeVisibleAsync();
        await session.FinishAsync();
    }
}
