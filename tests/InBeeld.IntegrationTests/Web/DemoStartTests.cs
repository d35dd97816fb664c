using InBeeld.Data.Setup;
using InBeeld.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace InBeeld.IntegrationTests.Web;

public sealed class DemoStartTests
{
    [Theory]
    [ClassData(typeof(Providers))]
    public async Task FirstStart_OnAnEmptyDatabase_LoadsTheDemoStudyOnce(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using (var factory = new InBeeldWebFactory(database, loadDemo: true, demoPassword: TestAccounts.Password))
        {
            // The newcomer's way in: the demo researcher account, no administrator or two-factor set-up needed.
            using var browser = new Browser(factory.CreateHttpsClient());
            await TestAccounts.SignInAsync(browser, "demo");
            var home = await browser.GetAsync("/");
            home.Body!.TextContent.ShouldContain("Jongeren 16-27 in de Achterhoek (fictief)");
        }

        // A second start finds a study and leaves the database alone.
        await using (var factory = new InBeeldWebFactory(database, loadDemo: true))
        {
            using var client = factory.CreateHttpsClient();
            (await client.GetAsync(new Uri("/health", UriKind.Relative))).IsSuccessStatusCode.ShouldBeTrue();
        }

        await using var db = database.CreateContext();
        (await db.Studies.CountAsync()).ShouldBe(1);
        var study = await db.Studies.SingleAsync();
        study.IsFictitious.ShouldBeTrue();
        (await db.Interviews.CountAsync(i => i.StudyId == study.Id)).ShouldBe(36);
        (await db.Participants.CountAsync(p => p.StudyId == study.Id)).ShouldBe(36);

        // One demo account, a researcher on the demo study only, never an administrator.
        var demo = await db.Users.SingleAsync();
        demo.UserName.ShouldBe("demo");
        demo.IsAdministrator.ShouldBeFalse();
        var membership = await db.StudyMembers.SingleAsync();
        (membership.UserId, membership.StudyId, membership.Role).ShouldBe((demo.Id, study.Id, InBeeld.Core.Access.StudyRole.Researcher));
    }
}
