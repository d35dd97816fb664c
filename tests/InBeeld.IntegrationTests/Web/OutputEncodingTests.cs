using InBeeld.Core.Access;
using InBeeld.Data.Setup;
using InBeeld.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace InBeeld.IntegrationTests.Web;

/// <summary>
/// Script-bearing text in every free-text field is shown as text on every page that displays it,
/// never run: the raw markup must not appear in any page, its encoded form must.
/// </summary>
public sealed class OutputEncodingTests
{
    private const string Payload = "<script>alert('x')</script><img src=x onerror=alert(1)>";

    [Theory, ClassData(typeof(Providers))]
    public async Task ScriptInEveryTextField_IsEncodedOnEveryPage(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var browser = app.Browser;
        var form = await browser.GetAsync("/studies/new");
        var details = await browser.SubmitAsync(form, "form.inbeeld-form", Scenario.Fields(
            ("Input.Title", "T" + Payload), ("Input.TargetGroup", "G" + Payload), ("Input.CentralQuestion", "Q" + Payload), ("UseDefaultVocabulary", "false")));
        var study = details.IdAfter("studies");
        var vocabulary = await browser.GetAsync($"/studies/{study}/vocabulary");
        vocabulary = await Scenario.AddAsync(browser, vocabulary, "AddOrganization", ("NewOrganization.Name", "O" + Payload), ("NewOrganization.Type", "Uwv"));
        vocabulary = await Scenario.AddAsync(browser, vocabulary, "AddPhase", ("NewPhase.Name", "P" + Payload));
        vocabulary = await Scenario.AddAsync(browser, vocabulary, "AddChannel", ("NewChannel.Name", "C" + Payload));
        vocabulary = await Scenario.AddAsync(browser, vocabulary, "AddTurningPoint", ("NewTurningPoint.Name", "K" + Payload));
        await Scenario.AddAsync(browser, vocabulary, "AddAttribute",
            ("NewAttribute.Label", "A" + Payload), ("NewAttribute.Key", "kenmerk"), ("NewAttribute.Type", "Text"));
        await Scenario.RegisterParticipantAsync(browser, study, "E-001");
        Guid participant, organization;
        await using (var db = app.CreateContext())
        {
            participant = await db.Participants.Select(p => p.Id).SingleAsync();
            organization = await db.Organizations.Select(o => o.Id).SingleAsync();
            var attribute = await db.AttributeDefinitions.SingleAsync();
            db.ParticipantAttributeValues.Add(new Core.Participants.ParticipantAttributeValue { ParticipantId = participant, AttributeDefinitionId = attribute.Id, Value = "V" + Payload });
            await db.SaveChangesAsync();
        }

        var interview = await Scenario.RecordInterviewAsync(browser, study, participant);
        var edit = await browser.GetAsync($"/studies/{study}/interviews/{interview}/edit");
        await browser.SubmitAsync(edit, "form.inbeeld-form", Scenario.Fields(
            ("Input.Interviewer", "I" + Payload), ("Input.ConsentRecordedBy", "R" + Payload), ("Input.Transcript", "X" + Payload), ("Input.PersonalData", "keep")));
        await Scenario.AddStepAsync(browser, study, interview,
            ("Input.Description", "D" + Payload), ("Input.PainPoint", "N" + Payload), ("Input.BrightSpot", "B" + Payload),
            ("Input.NewQuote", "Z" + Payload), ("Input.OrganizationId", organization.ToString()));
        Guid step;
        await using (var db = app.CreateContext())
        {
            step = await db.Steps.Select(s => s.Id).SingleAsync();
            (await db.Quotes.CountAsync()).ShouldBe(1, "the quote was saved, so its page shows it");
        }

        string[] pages =
        [
            "/", $"/studies/{study}", $"/studies/{study}/edit", $"/studies/{study}/vocabulary", $"/studies/{study}/overview",
            $"/studies/{study}/participants", $"/studies/{study}/participants/{participant}/edit", $"/studies/{study}/interviews",
            $"/studies/{study}/interviews/{interview}", $"/studies/{study}/interviews/{interview}/edit", $"/studies/{study}/interviews/{interview}/route",
            $"/studies/{study}/interviews/{interview}/steps/{step}", $"/studies/{study}/steps", $"/studies/{study}/steps/{step}",
            $"/studies/{study}/members", $"/studies/{study}/audit",
        ];
        var shown = 0;
        foreach (var page in pages)
        {
            var response = await browser.Client.GetAsync(new Uri(page, UriKind.Relative));
            var html = await response.Content.ReadAsStringAsync();
            response.IsSuccessStatusCode.ShouldBeTrue($"{page}: {(int)response.StatusCode}");
            html.ShouldNotContain("<script>alert", customMessage: page);
            html.ShouldNotContain("<img src=x", customMessage: page);
            if (html.Contains("&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;", StringComparison.Ordinal))
            {
                shown++;
            }
        }

        shown.ShouldBeGreaterThanOrEqualTo(12, "the payload is really displayed (encoded) on most pages");
    }

    [Theory, ClassData(typeof(Providers))]
    public async Task SignInCookie_IsSecure_HttpOnly_AndSameSite(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider, signIn: false);
        await TestAccounts.CreateAsync(app.Factory, "koekje");
        var login = await app.Browser.GetAsync("/account/login");
        var form = (AngleSharp.Html.Dom.IHtmlFormElement)login.QuerySelector("form.inbeeld-form")!;
        var fields = Browser.FormFields(form);
        fields.RemoveAll(f => f.Key is "Input.UserName" or "Input.Password");
        fields.Add(new("Input.UserName", "koekje"));
        fields.Add(new("Input.Password", TestAccounts.Password));
        using var client = app.Factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false });
        var antiforgery = app.Browser.LastResponse!.Headers.GetValues("Set-Cookie").First(c => c.StartsWith("InBeeld.Antiforgery", StringComparison.Ordinal)).Split(';')[0];
        using var request = new HttpRequestMessage(HttpMethod.Post, "/account/login") { Content = new FormUrlEncodedContent(fields) };
        request.Headers.Add("Cookie", antiforgery);

        var response = await client.SendAsync(request);

        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("InBeeld.Auth=", StringComparison.Ordinal)).ToLowerInvariant();
        cookie.ShouldContain("secure");
        cookie.ShouldContain("httponly");
        cookie.ShouldContain("samesite=lax");
        antiforgery.ShouldStartWith("InBeeld.Antiforgery");
    }
}
