namespace InBeeld.Web.Setup;

/// <summary>
/// Names the web assembly for WebApplicationFactory. Tests that reference both the web app and
/// the CLI see two global <c>Program</c> classes, so they point at this type instead.
/// </summary>
public sealed class WebAssemblyMarker
{
    private WebAssemblyMarker()
    {
    }
}
