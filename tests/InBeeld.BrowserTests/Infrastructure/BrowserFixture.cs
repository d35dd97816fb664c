using System.Runtime.CompilerServices;
using InBeeld.Core.Access;
using InBeeld.Data;
using InBeeld.Data.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace InBeeld.BrowserTests.Infrastructure;

/// <summary>
/// Starts the app on a fresh SQLite file and Debian's Chromium once per test run, and removes both
/// (and the database) afterwards.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime, IAsyncDisposable
{
    /// <summary>Generous for a slow two-core CI machine; assertions still return as soon as they hold.</summary>
    private const float ExpectTimeoutMilliseconds = 15_000;

    private readonly string _workDirectory =
        Path.Combine(Path.GetTempPath(), "inbeeld-browsertests-" + Guid.NewGuid().ToString("N"));

    /// <summary>The researcher every session is signed in as, unless a test asks for an anonymous one.</summary>
    public const string ResearcherName = "onderzoeker";

    public const string Password = "een lange testzin voor iedereen";

    private InBeeldServer? _server;
    private string? _signedInState;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public Uri BaseAddress => (_server ?? throw NotStarted()).BaseAddress;

    /// <summary>The server's clock (real time plus an offset a test may move and must reset).</summary>
    public ShiftableClock Clock => (_server ?? throw NotStarted()).Clock;

    public async Task InitializeAsync()
    {
        // Before anything starts, so a missing browser is the one clear error reported.
        var chromium = ChromiumExecutable.Resolve();
        try
        {
            Directory.CreateDirectory(_workDirectory);
            var databasePath = Path.Combine(_workDirectory, "inbeeld.db");
            _server = new InBeeldServer(databasePath);
            _server.Start();
            await WarmUpAsync(databasePath);
            _playwright = await Playwright.CreateAsync();
            _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = chromium,
                Args = ChromiumExecutable.LaunchArguments,
                Headless = true,
            });
            Assertions.SetDefaultExpectTimeout(ExpectTimeoutMilliseconds);
            await CreateAccountAsync(ResearcherName);
            _signedInState = await SignInOnceAsync(ResearcherName);
        }
        catch
        {
            // xunit does not dispose a fixture whose initialisation failed.
            await DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// A fresh browser context (no cookies shared between tests) with a Dutch browser, because the
    /// app picks its language from Accept-Language and Dutch is what users see first.
    /// </summary>
    public async Task<BrowserSession> NewSessionAsync(
        bool javaScriptEnabled = true, bool signedIn = true, [CallerMemberName] string testName = "")
    {
        var browser = _browser ?? throw NotStarted();
        var options = new BrowserNewContextOptions
        {
            BaseURL = BaseAddress.ToString(),
            Locale = "nl-NL",
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
            StorageState = signedIn ? _signedInState : null,
        };
        var context = await browser.NewContextAsync(new BrowserNewContextOptions(options) { JavaScriptEnabled = javaScriptEnabled });
        var page = await context.NewPageAsync();
        var scriptlessAuditor = javaScriptEnabled ? null : new ScriptlessPageAuditor(browser, options);
        return new BrowserSession(context, page, BaseAddress, testName, scriptlessAuditor);
    }

    /// <summary>Idempotent: xunit may reach it both as <see cref="IAsyncLifetime"/> and as <see cref="IAsyncDisposable"/>.</summary>
    public async Task DisposeAsync()
    {
        var browser = Interlocked.Exchange(ref _browser, null);
        if (browser is not null)
        {
            await browser.CloseAsync();
        }

        Interlocked.Exchange(ref _playwright, null)?.Dispose();
        var server = Interlocked.Exchange(ref _server, null);
        if (server is not null)
        {
            await server.DisposeAsync();
        }

        if (Directory.Exists(_workDirectory))
        {
            Directory.Delete(_workDirectory, recursive: true);
        }
    }

    async ValueTask IAsyncDisposable.DisposeAsync() => await DisposeAsync();

    /// <summary>
    /// Pays the first-request cost here rather than inside a test's timeout, and proves the app
    /// really uses the throwaway database: a renamed setting would otherwise let the tests write
    /// into a developer's own data/inbeeld.db.
    /// </summary>
    private async Task WarmUpAsync(string databasePath)
    {
        using var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromMinutes(2) };
        using var response = await client.GetAsync(new Uri("/account/login", UriKind.Relative));
        response.EnsureSuccessStatusCode();
        if (!File.Exists(databasePath))
        {
            throw new InvalidOperationException(
                $"The app answered but did not create the test database {databasePath}; " +
                "check that it still reads Database:Provider and Database:ConnectionString.");
        }
    }

    /// <summary>Makes an account through the app's own account service (the server's services, not a copy).</summary>
    public async Task<Guid> CreateAccountAsync(string userName, bool administrator = false)
    {
        var server = _server ?? throw NotStarted();
        await using var scope = server.Services.CreateAsyncScope();
        var creator = scope.ServiceProvider.GetRequiredService<AccountCreator>();
        var (account, errors) = await creator.CreateAsync(new NewAccount(userName, userName, administrator, Password, MustChangePassword: false));
        return account?.Id ?? throw new InvalidOperationException(AccountCreator.Describe(errors));
    }

    public async Task GrantAsync(Guid studyId, string userName, StudyRole role, Guid? organizationId = null)
    {
        var server = _server ?? throw NotStarted();
        await using var scope = server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<InBeeldDbContext>();
        var user = await db.Users.SingleAsync(u => u.UserName == userName);
        db.StudyMembers.Add(new StudyMember { StudyId = studyId, UserId = user.Id, Role = role, OrganizationId = organizationId, AddedAt = DateTimeOffset.UtcNow });
        await db.SaveChangesAsync();
    }

    /// <summary>Writes test data straight into the app's database (for what the test is not about).</summary>
    public async Task<T> SeedAsync<T>(Func<InBeeldDbContext, T> seed)
    {
        var server = _server ?? throw NotStarted();
        await using var scope = server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<InBeeldDbContext>();
        var result = seed(db);
        await db.SaveChangesAsync();
        return result;
    }

    /// <summary>Like <see cref="SeedAsync{T}(Func{InBeeldDbContext, T})"/> for seeding that is itself asynchronous (an import).</summary>
    public async Task<T> SeedAsync<T>(Func<InBeeldDbContext, Task<T>> seed)
    {
        var server = _server ?? throw NotStarted();
        await using var scope = server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<InBeeldDbContext>();
        var result = await seed(db);
        await db.SaveChangesAsync();
        return result;
    }

    public async Task<string> AuthenticatorKeyAsync(string userName)
    {
        var server = _server ?? throw NotStarted();
        await using var scope = server.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<UserAccount>>();
        var user = await users.FindByNameAsync(userName) ?? throw new InvalidOperationException($"No account {userName}.");
        return (await users.GetAuthenticatorKeyAsync(user))!;
    }

    /// <summary>Signs in once through the login page and keeps the cookies, so each test starts signed in without paying for it.</summary>
    private async Task<string> SignInOnceAsync(string userName)
    {
        var browser = _browser ?? throw NotStarted();
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = BaseAddress.ToString(), Locale = "nl-NL" });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/account/login");
        await page.GetByLabel("Gebruikersnaam").FillAsync(userName);
        await page.GetByLabel("Wachtwoord").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Inloggen", Exact = true }).Last.ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/account/login", StringComparison.Ordinal));
        return await context.StorageStateAsync();
    }

    private static InvalidOperationException NotStarted() => new("The browser fixture has not started.");
}
