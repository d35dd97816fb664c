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
        await using (var factory = new InBeeldWebFactory(database, loadDemo: true))
        {
            using var client = factory.CreateClient();
            var home = await client.GetStringAsync(new Uri("/", UriKind.Relative));
            home.ShouldContain("Jongeren 16-27 in de Achterhoek (fictief)");
        }

        // A second start finds a study and leaves the database alone.
        await using (var factory = new InBeeldWebFactory(database, loadDemo: true))
        {
            using var client = factory.CreateClient();
            (await client.GetAsync(new Uri("/health", UriKind.Relative))).IsSuccessStatusCode.ShouldBeTrue();
        }

        await using var db = database.CreateContext();
        (await db.Studies.CountAsync()).ShouldBe(1);
        var study = await db.Studies.SingleAsync();
        study.IsFictitious.ShouldBeTrue();
        (await db.Interviews.CountAsync(i => i.StudyId == study.Id)).ShouldBe(36);
        (await db.Participants.CountAsync(p => p.StudyId == study.Id)).ShouldBe(36);
    }
}
