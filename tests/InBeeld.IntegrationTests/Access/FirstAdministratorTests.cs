using System.Net;
using InBeeld.Data.Setup;
using InBeeld.IntegrationTests.Infrastructure;
using InBeeld.IntegrationTests.Web;
using InBeeld.Web.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace InBeeld.IntegrationTests.Access;

public sealed class FirstAdministratorTests
{
    [Theory, ClassData(typeof(Providers))]
    public async Task SetupPage_NeedsTheOneTimeCode_AndCloses_OnceThereIsAnAdministrator(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider, signIn: false);
        var fields = Scenario.Fields(
            ("Input.UserName", "eerste-beheerder"), ("Input.DisplayName", "Eerste beheerder"),
            ("Input.Password", TestAccounts.Password), ("Input.ConfirmPassword", TestAccounts.Password));

        var page = await app.GetAsync("/setup");
        app.Browser.LastStatus.ShouldBe(HttpStatusCode.OK);
        var wrong = await app.Browser.SubmitAsync(page, "form.inbeeld-form", new Dictionary<string, string?>(fields) { ["Input.SetupCode"] = "000000000000" });
        wrong.Errors().ShouldContain(e => e.Contains("code klopt niet", StringComparison.Ordinal));
        await using (var db = app.CreateContext())
        {
            (await db.Users.CountAsync()).ShouldBe(0);
        }

        var code = app.Factory.Services.GetRequiredService<SetupCode>().Value;
        await app.Browser.SubmitAsync(wrong, "form.inbeeld-form", new Dictionary<string, string?>(fields) { ["Input.SetupCode"] = code.ToLowerInvariant() });

        await using (var db = app.CreateContext())
        {
            var admin = await db.Users.SingleAsync();
            (admin.UserName, admin.IsAdministrator, admin.TwoFactorEnabled).ShouldBe(("eerste-beheerder", true, false));
        }

        await app.GetAsync("/setup");
        app.Browser.LastStatus.ShouldBe(HttpStatusCode.NotFound);

        // Signing in, the new administrator can do nothing before setting up two-factor sign-in.
        await TestAccounts.SignInAsync(app.Browser, "eerste-beheerder");
        var home = await app.Browser.Client.GetAsync(new Uri("/admin/users", UriKind.Relative));
        home.RequestMessage!.RequestUri!.AbsolutePath.ShouldBe("/account/two-factor");
    }
}
