using InBeeld.Data.EventLogs;
using InBeeld.Data.Setup;
using InBeeld.IntegrationTests.Infrastructure;
using InBeeld.IntegrationTests.Web;
using Microsoft.EntityFrameworkCore;

namespace InBeeld.IntegrationTests.EventLogs;

/// <summary>
/// A file over the upload limit (2 GB in production; 64 kB here, set through EventLogs:MaxUploadBytes, so
/// the test sends a few hundred kilobytes instead of gigabytes) is turned away before it is read.
/// </summary>
public sealed class UploadLimitTests
{
    private static readonly Dictionary<string, string> SmallLimit = new() { ["EventLogs:MaxUploadBytes"] = "65536" };

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task FileOverTheLimit_GetsADutchMessage_AndNothingIsStoredOrKept(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider, settings: SmallLimit);
        var studyId = await Scenario.CreateStudyWithVocabularyAsync(app.Browser, "Logboeken");
        var upload = await app.GetAsync($"/studies/{studyId}/logs/upload");
        upload.QuerySelector("#File-hint")!.TextContent.ShouldBe("Hoogstens 64 kB. Een .gz-bestand mag ook.");
        upload.QuerySelector("form[data-upload-progress]")!.GetAttribute("data-max-bytes").ShouldBe("65536");

        // The fixture log repeated until it is well over the limit (and the form's allowance around it).
        var large = string.Concat(Enumerable.Repeat(LogFixtures.WijkteamXes, (200_000 / LogFixtures.WijkteamXes.Length) + 1));
        var (page, url) = await Uploads.PostFileAsync(app.Browser, upload, "form[data-upload-progress]", "file", "groot.xes", large);

        url.AbsolutePath.ShouldBe($"/studies/{studyId}/logs/upload");
        page.Errors().ShouldContain(e => e.StartsWith("Het bestand is groter dan 64 kB. Het is niet ingelezen en er is niets opgeslagen.", StringComparison.Ordinal));
        page.QuerySelector("#File")!.GetAttribute("aria-invalid").ShouldBe("true");
        await using var db = app.CreateContext();
        (await db.EventLogs.CountAsync()).ShouldBe(0);
        (await db.Set<StoredLogEvent>().CountAsync()).ShouldBe(0);
        var folder = Path.Combine(Path.GetTempPath(), "inbeeld-log-uploads");
        (Directory.Exists(folder) ? Directory.GetFiles(folder, $"{studyId:N}-*") : []).ShouldBeEmpty();
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task FileUnderTheLimit_IsStillRead(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider, settings: SmallLimit);
        var studyId = await Scenario.CreateStudyWithVocabularyAsync(app.Browser, "Logboeken");
        var upload = await app.GetAsync($"/studies/{studyId}/logs/upload");
        LogFixtures.WijkteamXes.Length.ShouldBeLessThan(65536);

        var (_, url) = await Uploads.PostFileAsync(app.Browser, upload, "form[data-upload-progress]", "file", "wijkteam.xes", LogFixtures.WijkteamXes);

        url.AbsolutePath.ShouldStartWith($"/studies/{studyId}/logs/");
        url.AbsolutePath.ShouldNotEndWith("/upload");
        await using var db = app.CreateContext();
        (await db.EventLogs.CountAsync()).ShouldBe(1);
    }
}
