using Microsoft.Playwright;

namespace InBeeld.BrowserTests.Infrastructure;

/// <summary>
/// One test's browser context and page. Every page that loads is screenshotted and checked with axe:
/// <see cref="VisitAsync"/> and <see cref="ClickToNavigateAsync"/> do so at once, and
/// <see cref="FinishAsync"/> fails the test if a page loaded that was never checked.
/// Page errors, console errors and HTTP error responses fail the next check, so a broken page is
/// reported where it happened rather than as a missing element later.
/// </summary>
public sealed class BrowserSession : IAsyncDisposable
{
    private static readonly TimeSpan NavigationTimeout = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan AuditTimeout = TimeSpan.FromSeconds(60);

    private readonly IBrowserContext _context;
    private readonly string _testName;
    private readonly Uri _baseAddress;
    private readonly ScriptlessPageAuditor? _scriptlessAuditor;
    private readonly Lock _gate = new();
    private readonly List<string> _loadedNotAudited = [];
    private readonly List<string> _neverAudited = [];
    private readonly List<string> _problems = [];

    private TaskCompletionSource _nextLoad = NewSignal();

    internal BrowserSession(
        IBrowserContext context, IPage page, Uri baseAddress, string testName, ScriptlessPageAuditor? scriptlessAuditor)
    {
        _context = context;
        _scriptlessAuditor = scriptlessAuditor;
        _baseAddress = baseAddress;
        _testName = testName;
        Page = page;
        Page.Load += OnLoad;
        Page.Response += OnResponse;
        Page.RequestFailed += (_, request) =>
        {
            // Aborted means the browser dropped it on purpose (e.g. a navigation started); not a page fault.
            if (request.Failure?.Contains("ERR_ABORTED", StringComparison.Ordinal) != true)
            {
                Record($"{request.Method} {request.Url} failed: {request.Failure}");
            }
        };
        Page.PageError += (_, error) => Record($"JavaScript error on {Page.Url}: {error}");
        Page.Console += (_, message) =>
        {
            // Chromium also logs every 4xx/5xx resource as a console error without its URL; OnResponse reports those better.
            if (message.Type == "error" && !message.Text.StartsWith("Failed to load resource", StringComparison.Ordinal))
            {
                Record($"Console error on {Page.Url}: {message.Text}");
            }
        };
    }

    public IPage Page { get; }

    /// <summary>Opens a path of the app (e.g. "/Studies") and checks the page.</summary>
    public async Task VisitAsync(string path, string step, CancellationToken cancellationToken = default)
    {
        var url = new Uri(_baseAddress, path.TrimStart('/')).ToString();
        await Page.GotoAsync(url).WaitAsync(cancellationToken);
        await AuditAsync(step, cancellationToken);
    }

    /// <summary>
    /// Clicks something that loads a new document (a link, a submit button) and checks that document.
    /// Waits for the load event instead of a URL because a form may post back to its own address.
    /// </summary>
    public async Task ClickToNavigateAsync(ILocator target, string step, CancellationToken cancellationToken = default)
    {
        Task loaded;
        lock (_gate)
        {
            loaded = _nextLoad.Task;
        }

        await target.ClickAsync().WaitAsync(cancellationToken);
        await loaded.WaitAsync(NavigationTimeout, cancellationToken);
        await AuditAsync(step, cancellationToken);
    }

    /// <summary>Saves a full-page screenshot and runs axe on the page in its current state.</summary>
    public async Task AuditAsync(string step, CancellationToken cancellationToken = default)
    {
        var file = ScreenshotFolder.NextPathFor(_testName, step);
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = true }).WaitAsync(cancellationToken);
        lock (_gate)
        {
            _loadedNotAudited.Clear();
            if (_problems.Count > 0)
            {
                Assert.Fail($"At step '{step}' the page was broken (screenshot {file}):\n- " + string.Join("\n- ", _problems));
            }
        }

        var where = $"step '{step}' (screenshot {file})";
        var audit = _scriptlessAuditor is null
            ? AccessibilityAudit.AssertNoViolationsAsync(Page, where)
            : _scriptlessAuditor.AssertNoViolationsAsync(Page, where);
        // A hung axe run must fail the test, not stall the whole run.
        await audit.WaitAsync(AuditTimeout, cancellationToken);
    }

    /// <summary>Checks a page that is still unchecked, then fails if any loaded page escaped the audit.</summary>
    public async Task FinishAsync(CancellationToken cancellationToken = default)
    {
        bool pending;
        lock (_gate)
        {
            pending = _loadedNotAudited.Count > 0;
        }

        if (pending)
        {
            await AuditAsync("last page", cancellationToken);
        }

        lock (_gate)
        {
            _neverAudited.ShouldBeEmpty("these pages loaded but were replaced before axe could check them; " +
                "navigate with VisitAsync or ClickToNavigateAsync");
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _context.CloseAsync();
        if (_scriptlessAuditor is not null)
        {
            await _scriptlessAuditor.DisposeAsync();
        }
    }

    private void OnLoad(object? sender, IPage page)
    {
        TaskCompletionSource signal;
        lock (_gate)
        {
            // A page that is replaced before any audit would escape the axe check unnoticed.
            _neverAudited.AddRange(_loadedNotAudited);
            _loadedNotAudited.Clear();
            _loadedNotAudited.Add(page.Url);
            signal = _nextLoad;
            _nextLoad = NewSignal();
        }

        signal.TrySetResult();
    }

    /// <summary>Declares an error status the test expects (e.g. 403 for a refused page), so it is not reported as a fault.</summary>
    public void ExpectStatus(int status, string pathPart)
    {
        lock (_gate)
        {
            _expected.Add((status, pathPart));
        }
    }

    private readonly List<(int Status, string PathPart)> _expected = [];

    private void OnResponse(object? sender, IResponse response)
    {
        bool expected;
        lock (_gate)
        {
            expected = _expected.Any(e => e.Status == response.Status && response.Url.Contains(e.PathPart, StringComparison.Ordinal));
        }

        // Stylesheets and scripts count too: a page without its CSS cannot be judged for contrast.
        if (response.Status >= 400 && !expected)
        {
            Record($"HTTP {response.Status} for {response.Request.Method} {response.Url}");
        }
    }

    private void Record(string problem)
    {
        lock (_gate)
        {
            _problems.Add(problem);
        }
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
