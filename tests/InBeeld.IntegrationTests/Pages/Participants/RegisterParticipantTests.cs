using InBeeld.Data.Setup;
using InBeeld.IntegrationTests.Infrastructure;
using InBeeld.IntegrationTests.Web;
using Microsoft.EntityFrameworkCore;
using static InBeeld.IntegrationTests.Web.Scenario;

namespace InBeeld.IntegrationTests.Pages.Participants;

public sealed class RegisterParticipantTests
{
    [Theory, ClassData(typeof(Providers))]
    public async Task Register_StoresCodeAndCheckedAttribute(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var studyId = await CreateStudyWithVocabularyAsync(app.Browser);
        await using var db = app.CreateContext();
        var attributeId = await db.AttributeDefinitions.Select(a => a.Id).SingleAsync();

        var form = await app.GetAsync($"/studies/{studyId}/participants/new");
        form.Body!.TextContent.ShouldContain("Geen namen.");
        var list = await app.Browser.SubmitAsync(form, "form.inbeeld-form", Fields(("Input.Code", "ACH-007"), ($"Input.Values[{attributeId}]", "19-23")));

        list.Heading().ShouldBe("Deelnemers");
        list.QuerySelector("tbody tr th")!.TextContent.Trim().ShouldBe("ACH-007");
        await using var check = app.CreateContext();
        var participant = await check.Participants.Include(p => p.Attributes).SingleAsync();
        participant.Code.ShouldBe("ACH-007");
        participant.Attributes.Single().Value.ShouldBe("19-23");
    }

    [Theory, ClassData(typeof(Providers))]
    public async Task Register_DuplicateCode_IsRefusedInDutchAndChangesNothing(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var studyId = await CreateStudyWithVocabularyAsync(app.Browser);
        await RegisterParticipantAsync(app.Browser, studyId, "ACH-007");

        var page = await RegisterParticipantAsync(app.Browser, studyId, "ACH-007");

        page.Errors().ShouldBe(["Pseudoniemcode ‘ACH-007’ bestaat al in dit onderzoek. Kies een andere code."]);
        page.ErrorTargets().ShouldBe(["Input_Code"]);
        page.QuerySelector("#Input_Code")!.GetAttribute("aria-invalid").ShouldBe("true");
        await using var db = app.CreateContext();
        (await db.Participants.CountAsync()).ShouldBe(1);
    }

    [Theory, ClassData(typeof(Providers))]
    public async Task Register_NameOrInvalidChoice_IsRefused(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var studyId = await CreateStudyWithVocabularyAsync(app.Browser);
        await using var db = app.CreateContext();
        var attributeId = await db.AttributeDefinitions.Select(a => a.Id).SingleAsync();

        var form = await app.GetAsync($"/studies/{studyId}/participants/new");
        var page = await app.Browser.SubmitAsync(form, "form.inbeeld-form", Fields(("Input.Code", "Jan Jansen"), ($"Input.Values[{attributeId}]", "99")));

        page.Errors().ShouldBe(
            ["Pseudoniemcode ‘Jan Jansen’ is ongeldig: gebruik alleen letters, cijfers, - en _, zonder spaties (dus geen naam).", "Leeftijdsgroep: ‘99’ is geen van de keuzes."],
            ignoreOrder: true);
        (await db.Participants.CountAsync()).ShouldBe(0);
    }
}
