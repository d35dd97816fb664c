using AngleSharp.Html.Dom;

namespace InBeeld.IntegrationTests.Web;

/// <summary>Steps many tests share, done through the pages like a researcher would.</summary>
public static class Scenario
{
    public static Dictionary<string, string?> Fields(params (string Name, string? Value)[] fields) =>
        fields.ToDictionary(f => f.Name, f => f.Value);

    /// <summary>Creates a study with two chain partners, three phases, a channel, a turning point and a choice attribute.</summary>
    public static async Task<Guid> CreateStudyWithVocabularyAsync(Browser browser, string title = "Jongeren in beeld")
    {
        var form = await browser.GetAsync("/studies/new");
        var details = await browser.SubmitAsync(form, "form.inbeeld-form", Fields(
            ("Input.Title", title),
            ("Input.TargetGroup", "Jongeren van 16 tot 27 jaar"),
            ("Input.CentralQuestion", "Hoe vinden we elkaar?"),
            ("Input.PeriodStart", "2025-01-01"),
            ("Input.PeriodEnd", "2025-06-30"),
            ("Input.Municipalities", "GM0197"),
            ("UseDefaultVocabulary", "false")));
        var studyId = details.IdAfter("studies");

        var vocabulary = await browser.GetAsync($"/studies/{studyId}/vocabulary");
        vocabulary = await AddAsync(browser, vocabulary, "AddOrganization", ("NewOrganization.Name", "UWV"), ("NewOrganization.Type", "Uwv"));
        vocabulary = await AddAsync(browser, vocabulary, "AddOrganization", ("NewOrganization.Name", "Jongerenloket"), ("NewOrganization.Type", "MunicipalityYouth"));
        vocabulary = await AddAsync(browser, vocabulary, "AddPhase", ("NewPhase.Name", "Oriëntatie"));
        vocabulary = await AddAsync(browser, vocabulary, "AddPhase", ("NewPhase.Name", "Aanmelding"));
        vocabulary = await AddAsync(browser, vocabulary, "AddPhase", ("NewPhase.Name", "Begeleiding"));
        vocabulary = await AddAsync(browser, vocabulary, "AddChannel", ("NewChannel.Name", "Balie"));
        vocabulary = await AddAsync(browser, vocabulary, "AddTurningPoint", ("NewTurningPoint.Name", "18 worden"));
        await AddAsync(browser, vocabulary, "AddAttribute",
            ("NewAttribute.Label", "Leeftijdsgroep"), ("NewAttribute.Key", "leeftijdsgroep"), ("NewAttribute.Type", "Choice"), ("NewAttribute.Choices", "16-18\n19-23\n24-27"));
        return studyId;
    }

    public static async Task<IHtmlDocument> AddAsync(Browser browser, IHtmlDocument vocabulary, string handler, params (string Name, string? Value)[] fields)
    {
        var page = await browser.SubmitAsync(vocabulary, $"form[action*='handler={handler}']", Fields(fields));
        page.Errors().ShouldBeEmpty();
        return page;
    }

    public static async Task<IHtmlDocument> RegisterParticipantAsync(Browser browser, Guid studyId, string code)
    {
        var form = await browser.GetAsync($"/studies/{studyId}/participants/new");
        return await browser.SubmitAsync(form, "form.inbeeld-form", Fields(("Input.Code", code)));
    }

    /// <summary>Records an interview for <paramref name="participantId"/>; returns its id (the route editor's address).</summary>
    public static async Task<Guid> RecordInterviewAsync(Browser browser, Guid studyId, Guid participantId, bool consent = true)
    {
        var form = await browser.GetAsync($"/studies/{studyId}/interviews/new");
        var route = await browser.SubmitAsync(form, "form.inbeeld-form", Fields(
            ("Input.ParticipantId", participantId.ToString()),
            ("Input.Date", "2025-03-14"),
            ("Input.Mode", "Phone"),
            ("Input.Interviewer", "Onderzoeker A"),
            ("Input.ConsentGiven", consent ? "true" : "false"),
            ("Input.ConsentDate", "2025-03-14")));
        route.Errors().ShouldBeEmpty();
        return route.IdAfter("interviews");
    }

    public static async Task<IHtmlDocument> AddStepAsync(Browser browser, Guid studyId, Guid interviewId, params (string Name, string? Value)[] fields)
    {
        var form = await browser.GetAsync($"/studies/{studyId}/interviews/{interviewId}/steps");
        return await browser.SubmitAsync(form, "form.inbeeld-form", Fields(fields));
    }
}
