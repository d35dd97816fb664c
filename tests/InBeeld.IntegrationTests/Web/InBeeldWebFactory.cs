using InBeeld.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using InBeeld.Web.Setup;

namespace InBeeld.IntegrationTests.Web;

/// <summary>
/// The real app (located through <see cref="WebAssemblyMarker"/>, as the CLI also has a Program class), in memory, on
/// the given test database. The demo study is off unless asked for. Clients talk https, so the
/// Secure cookies behave as in production.
/// </summary>
public sealed class InBeeldWebFactory(
    TestDatabase database, bool loadDemo = false, int loginAttemptsPerMinute = 10_000, string? demoPassword = null, IReadOnlyDictionary<string, string>? settings = null)
    : WebApplicationFactory<WebAssemblyMarker>
{
    private readonly string _keyDirectory = Path.Combine(Path.GetTempPath(), "inbeeld-test-keys", Guid.NewGuid().ToString("N"));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", database.Options.Provider.ToString());
        builder.UseSetting("Database:ConnectionString", database.Options.ConnectionString);
        builder.UseSetting("Demo:LoadOnEmptyDatabase", loadDemo ? "true" : "false");
        builder.UseSetting("Demo:ResearcherPassword", demoPassword ?? "");
        builder.UseSetting("Security:KeyDirectory", _keyDirectory);
        builder.UseSetting("Security:LoginAttemptsPerMinute", loginAttemptsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture));
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            builder.UseSetting(key, value);
        }
    }

    public HttpClient CreateHttpsClient() =>
        CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = true });

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        try
        {
            Directory.Delete(_keyDirectory, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
        }
    }
}
