using AngleSharp.Html.Dom;
using InBeeld.Data;
using InBeeld.Data.Setup;
using InBeeld.IntegrationTests.Infrastructure;

namespace InBeeld.IntegrationTests.Web;

/// <summary>One test's app: a fresh database, the web app on it, and a browser-like client with cookies.</summary>
public sealed class TestApp : IAsyncDisposable
{
    private TestApp(TestDatabase database, InBeeldWebFactory factory)
    {
        Database = database;
        Factory = factory;
        Browser = new Browser(factory.CreateClient());
    }

    public TestDatabase Database { get; }

    public InBeeldWebFactory Factory { get; }

    public Browser Browser { get; }

    public static async Task<TestApp> StartAsync(DatabaseProvider provider)
    {
        var database = await TestDatabase.CreateAsync(provider);
        return new TestApp(database, new InBeeldWebFactory(database));
    }

    public InBeeldDbContext CreateContext() => Database.CreateContext();

    public Task<IHtmlDocument> GetAsync(string url) => Browser.GetAsync(url);

    public async ValueTask DisposeAsync()
    {
        Browser.Dispose();
        await Factory.DisposeAsync();
        await Database.DisposeAsync();
    }
}
