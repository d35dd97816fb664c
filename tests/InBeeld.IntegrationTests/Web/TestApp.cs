using AngleSharp.Html.Dom;
using InBeeld.Data;
using InBeeld.Data.Accounts;
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
        Browser = new Browser(factory.CreateHttpsClient());
    }

    public TestDatabase Database { get; }

    public InBeeldWebFactory Factory { get; }

    public Browser Browser { get; }

    /// <summary>The signed-in researcher of <see cref="StartAsync"/>; whoever creates a study through the pages coordinates it.</summary>
    public UserAccount? Account { get; private set; }

    /// <summary>Starts the app with one account, "onderzoeker", signed in on <see cref="Browser"/> (unless <paramref name="signIn"/> is false).</summary>
    public static async Task<TestApp> StartAsync(
        DatabaseProvider provider, bool signIn = true, int loginAttemptsPerMinute = 10_000, IReadOnlyDictionary<string, string>? settings = null)
    {
        var database = await TestDatabase.CreateAsync(provider);
        var app = new TestApp(database, new InBeeldWebFactory(database, loginAttemptsPerMinute: loginAttemptsPerMinute, settings: settings));
        if (signIn)
        {
            app.Account = await TestAccounts.CreateAsync(app.Factory, "onderzoeker");
            await TestAccounts.SignInAsync(app.Browser, "onderzoeker");
        }

        return app;
    }

    /// <summary>Makes the signed-in researcher a member of a study seeded straight into the database.</summary>
    public Task JoinAsync(Guid studyId, Core.Access.StudyRole role = Core.Access.StudyRole.Researcher) =>
        TestAccounts.GrantAsync(Factory, studyId, Account!.Id, role);

    /// <summary>Another browser on the same app, signed in as nobody.</summary>
    public Browser NewBrowser() => new(Factory.CreateHttpsClient());

    public InBeeldDbContext CreateContext() => Database.CreateContext();

    public Task<IHtmlDocument> GetAsync(string url) => Browser.GetAsync(url);

    public async ValueTask DisposeAsync()
    {
        Browser.Dispose();
        await Factory.DisposeAsync();
        await Database.DisposeAsync();
    }
}
