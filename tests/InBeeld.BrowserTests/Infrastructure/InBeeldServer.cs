using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace InBeeld.BrowserTests.Infrastructure;

/// <summary>
/// The real InBeeld web app on Kestrel (not the in-memory TestServer: a browser needs a socket),
/// bound to a free loopback port and backed by its own SQLite file.
/// </summary>
internal sealed class InBeeldServer : WebApplicationFactory<Program>
{
    private readonly string _databasePath;

    public InBeeldServer(string databasePath)
    {
        _databasePath = databasePath;
        // Port 0 lets the OS pick a free port, so parallel test runs never collide.
        UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
    }

    /// <summary>The server's clock; tests may move it forward and must reset it.</summary>
    public ShiftableClock Clock { get; } = new();

    /// <summary>Root address of the started server, e.g. http://127.0.0.1:41234/.</summary>
    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    public void Start()
    {
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses;
        var address = addresses?.FirstOrDefault()
            ?? throw new InvalidOperationException("Kestrel started but reported no listening address.");
        BaseAddress = new Uri(address.TrimEnd('/') + "/");
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // Settings rather than environment variables: they stay inside this host and are visible to
        // Program.cs before the app is built.
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("Database:ConnectionString", $"Data Source={_databasePath}");
        // Each test builds the data it asserts on; the demo study would only add noise.
        builder.UseSetting("Demo:LoadOnEmptyDatabase", "false");
        // Plain http on loopback, as in development; the integration tests check Secure cookies over https.
        builder.UseSetting("Security:CookieSecurePolicy", "SameAsRequest");
        builder.UseSetting("Security:KeyDirectory", Path.Combine(Path.GetDirectoryName(_databasePath)!, "keys"));
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
    }
}
