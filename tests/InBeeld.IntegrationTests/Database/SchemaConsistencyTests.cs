using InBeeld.Data.Setup;
using InBeeld.IntegrationTests.Infrastructure;

namespace InBeeld.IntegrationTests.Database;

/// <summary>
/// The schema versions are written by hand, so this proves that applying them all yields exactly
/// the schema the EF model describes — on each provider.
/// </summary>
public sealed class SchemaConsistencyTests
{
    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Migrations_ProduceTheSchemaTheModelDescribes(DatabaseProvider provider)
    {
        await using var migrated = await TestDatabase.CreateAsync(provider);
        await using var created = await TestDatabase.CreateAsync(provider);

        await using (var db = migrated.CreateContext())
        {
            await SchemaUpgrader.UpgradeAsync(db, CancellationToken.None);
        }

        await using (var db = created.CreateContext())
        {
            await db.Database.EnsureCreatedAsync();
        }

        await using var a = migrated.CreateContext();
        await using var b = created.CreateContext();
        var fromMigrations = await SchemaDescriber.DescribeAsync(a);
        var fromModel = await SchemaDescriber.DescribeAsync(b);

        fromModel.ShouldNotBeEmpty();
        fromMigrations.Except(fromModel).ShouldBeEmpty("in migrations, not in the model");
        fromModel.Except(fromMigrations).ShouldBeEmpty("in the model, not in migrations");
    }
}
