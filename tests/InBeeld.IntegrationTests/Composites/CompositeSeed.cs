using InBeeld.Core.Demo;
using InBeeld.Data;
using InBeeld.Data.Interchange;
using InBeeld.Data.Setup;
using InBeeld.IntegrationTests.Infrastructure;

namespace InBeeld.IntegrationTests.Composites;

/// <summary>A migrated test database holding the demo study (36 fictitious interviews, ten story arcs), on a hand-moved clock.</summary>
internal sealed class CompositeSeed : IAsyncDisposable
{
    private CompositeSeed(TestDatabase database, ManualTimeProvider clock, Guid studyId)
    {
        Database = database;
        Clock = clock;
        StudyId = studyId;
    }

    public TestDatabase Database { get; }
    public ManualTimeProvider Clock { get; }
    public Guid StudyId { get; }

    public static async Task<CompositeSeed> CreateAsync(DatabaseProvider provider)
    {
        var database = await TestDatabase.CreateAsync(provider);
        var clock = new ManualTimeProvider(new DateTimeOffset(2026, 11, 22, 9, 0, 0, TimeSpan.Zero));
        await using var db = database.CreateContext(clock);
        await SchemaUpgrader.UpgradeAsync(db, CancellationToken.None);
        var study = await new StudyImporter(db, clock).ImportAsync(DemoStudy.Create(), null, CancellationToken.None);
        return new CompositeSeed(database, clock, study);
    }

    public InBeeldDbContext Context() => Database.CreateContext(Clock);

    public ValueTask DisposeAsync() => Database.DisposeAsync();
}
