namespace InBeeld.BrowserTests.Infrastructure;

/// <summary>
/// One app and one Chromium for all browser tests: starting them is the slow part, and the tests
/// in this collection run one after another, each in its own browser context.
/// </summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser";
}
