using InBeeld.Core.Demo;
using InBeeld.Data.Demo;
using InBeeld.Data.Setup;
using InBeeld.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace InBeeld.IntegrationTests.Interchange;

public sealed class DemoSeederTests
{
    [Theory]
    [ClassData(typeof(Providers))]
    public async Task SeedIfEmpty_ImportsTheDemoStudyOnce(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = await RoundTripTests.MigratedAsync(database);
        var demo = DemoStudy.Create();

        var first = await DemoSeeder.SeedIfEmptyAsync(db, FixedTimeProvider.Default, CancellationToken.None);
        var second = await DemoSeeder.SeedIfEmptyAsync(db, FixedTimeProvider.Default, CancellationToken.None);

        first.ShouldBeTrue();
        second.ShouldBeFalse();
        await using var check = database.CreateContext();
        var study = await check.Studies.SingleAsync();
        study.Title.ShouldBe(demo.Study.Title);
        study.IsFictitious.ShouldBeTrue();
        (await check.Interviews.CountAsync()).ShouldBe(demo.Interviews.Count);
        (await check.Steps.CountAsync()).ShouldBe(demo.Interviews.Sum(i => i.Steps.Count));

        // The demo has a grouping with one named group, its composite journey and a persona (issue 5).
        (await check.JourneyGroups.CountAsync()).ShouldBe(10);
        var group = await check.JourneyGroups.SingleAsync(g => g.Name == DemoPersona.GroupName);
        (await check.JourneyGroupMembers.CountAsync(m => m.GroupId == group.Id)).ShouldBe(4);
        (await check.CompositeJourneys.SingleAsync()).GroupId.ShouldBe(group.Id);
        (await check.Personas.SingleAsync()).GroupId.ShouldBe(group.Id);
    }
}
