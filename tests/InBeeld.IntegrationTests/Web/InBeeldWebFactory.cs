using InBeeld.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using InBeeld.Web.Setup;

namespace InBeeld.IntegrationTests.Web;

/// <summary>The real app (located through <see cref="WebAssemblyMarker"/>, as the CLI also has a Program class), in memory, on the given test database. The demo study is off unless asked for.</summary>
public sealed class InBeeldWebFactory(TestDatabase database, bool loadDemo = false) : WebApplicationFactory<WebAssemblyMarker>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", database.Options.Provider.ToString());
        builder.UseSetting("Database:ConnectionString", database.Options.ConnectionString);
        builder.UseSetting("Demo:LoadOnEmptyDatabase", loadDemo ? "true" : "false");
    }
}
