using InBeeld.Data.Setup;

namespace InBeeld.IntegrationTests.Infrastructure;

/// <summary>Theory data: run a database test on SQLite and on PostgreSQL.</summary>
public sealed class Providers : TheoryData<DatabaseProvider>
{
    public Providers()
    {
        Add(DatabaseProvider.Sqlite);
        Add(DatabaseProvider.PostgreSql);
    }
}
