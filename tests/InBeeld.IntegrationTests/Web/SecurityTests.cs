using System.Net;
using InBeeld.Data.Setup;
using InBeeld.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace InBeeld.IntegrationTests.Web;

public sealed class SecurityTests
{
    [Theory, ClassData(typeof(Providers))]
    public async Task Post_WithoutAntiforgeryToken_IsRefusedAndChangesNothing(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        await app.GetAsync("/studies/new");

        var response = await app.Browser.Client.PostAsync("/studies/new",
            new FormUrlEncodedContent([new("Input.Title", "Zonder token")]));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).ShouldContain("Verzoek niet verwerkt");
        await using var db = app.CreateContext();
        (await db.Studies.CountAsync()).ShouldBe(0);
    }

    [Theory, ClassData(typeof(Providers))]
    public async Task Pages_CarryStrictSecurityHeaders(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);

        var response = await app.Browser.Client.GetAsync("/");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        csp.ShouldContain("script-src 'self'");
        csp.ShouldContain("frame-ancestors 'none'");
        csp.ShouldNotContain("unsafe-inline");
        response.Headers.GetValues("X-Content-Type-Options").Single().ShouldBe("nosniff");
        response.Headers.GetValues("Referrer-Policy").Single().ShouldBe("no-referrer");
        var html = await response.Content.ReadAsStringAsync();
        html.ShouldContain("<html lang=\"nl\" class=\"voorbeeld-theme\">");
        html.ShouldNotContain("<script>");
    }

    [Theory, ClassData(typeof(Providers))]
    public async Task Health_And_UnknownPage_AnswerWithoutDetails(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);

        var health = await app.Browser.Client.GetAsync("/health");
        var missing = await app.GetAsync("/geen-pagina");

        (await health.Content.ReadAsStringAsync()).ShouldBe("Healthy");
        app.Browser.LastStatus.ShouldBe(HttpStatusCode.NotFound);
        missing.Heading().ShouldBe("Pagina niet gevonden");
    }
}
