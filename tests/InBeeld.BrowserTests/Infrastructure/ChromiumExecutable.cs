namespace InBeeld.BrowserTests.Infrastructure;

/// <summary>
/// Finds Debian's Chromium. Playwright's own browser download is never used: this machine (and CI)
/// has no internet, so a missing browser is a set-up error that must fail loudly, not a skip.
/// </summary>
internal static class ChromiumExecutable
{
    public const string EnvironmentVariable = "INBEELD_TEST_CHROMIUM";

    private const string DebianDefault = "/usr/bin/chromium";

    public static string Resolve()
    {
        var configured = Environment.GetEnvironmentVariable(EnvironmentVariable);
        var path = string.IsNullOrWhiteSpace(configured) ? DebianDefault : configured;
        if (!File.Exists(path))
        {
            throw new InvalidOperationException(
                $"Chromium was not found at '{path}'. The browser tests need Debian's Chromium: run ./test.sh " +
                $"from the repository root (it installs the 'chromium' package when run as root), or set " +
                $"{EnvironmentVariable} to a Chromium executable. Do not run 'playwright install'.");
        }

        return path;
    }

    /// <summary>
    /// Flags that keep Chromium off the network (it otherwise phones Google for updates, sync and
    /// field trials, which hangs or slows start-up on an offline machine) and let it run as root.
    /// </summary>
    public static IReadOnlyList<string> LaunchArguments { get; } =
    [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
    ];
}
