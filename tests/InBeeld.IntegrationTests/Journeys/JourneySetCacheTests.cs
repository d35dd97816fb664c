using InBeeld.Core.Interviews;
using InBeeld.Data.Journeys;
using InBeeld.Data.Setup;
using InBeeld.Data.Studies;
using InBeeld.IntegrationTests.Infrastructure;
using InBeeld.IntegrationTests.Interviews;
using Microsoft.EntityFrameworkCore;

namespace InBeeld.IntegrationTests.Journeys;

public sealed class JourneySetCacheTests
{
    [Theory]
    [ClassData(typeof(Providers))]
    public async Task CachedOverview_SeesAStepAddedLater(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var clock = new ManualTimeProvider(new DateTimeOffset(2026, 11, 2, 9, 0, 0, TimeSpan.Zero));
        var (interviewId, _) = await InterviewTouchInterceptorTests.SeedAsync(database, clock);
        var cache = new JourneySetCache();
        Guid studyId;
        await using (var db = database.CreateContext(clock))
        {
            studyId = await db.Studies.Select(s => s.Id).SingleAsync();
            (await new StudyOverviewQuery(db, cache).GetAsync(studyId, CancellationToken.None))!.Steps.ShouldBe(1);
            var first = await cache.GetAsync(db, studyId, CancellationToken.None);
            (await cache.GetAsync(db, studyId, CancellationToken.None)).ShouldBeSameAs(first);
        }

        clock.Advance(TimeSpan.FromSeconds(1));
        await using (var db = database.CreateContext(clock))
        {
            db.Steps.Add(new Step { InterviewId = interviewId, Order = 1, Description = "Doorverwezen", Handover = HandoverKind.Cold });
            await db.SaveChangesAsync();
        }

        await using (var db = database.CreateContext(clock))
        {
            var overview = (await new StudyOverviewQuery(db, cache).GetAsync(studyId, CancellationToken.None))!;
            overview.Steps.ShouldBe(2);
            overview.Handovers.Single(h => h.Kind == HandoverKind.Cold).Count.ShouldBe(1);
        }
    }
}
