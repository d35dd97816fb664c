namespace InBeeld.BrowserTests.EventLogs;

/// <summary>
/// <see cref="WijkteamLog.WijkteamXes"/> with a case attribute "wijk": Z-001 and Z-003 Noord, Z-002
/// Zuid, Z-004 none. Filtering on Noord keeps 2 cases with 4 + 2 = 6 events (counted by hand).
/// </summary>
internal static class WijkteamAttributes
{
    public static readonly string Xes = WijkteamLog.WijkteamXes
        .Replace("""value="Z-001"/>""", """value="Z-001"/><string key="wijk" value="Noord"/>""", StringComparison.Ordinal)
        .Replace("""value="Z-002"/>""", """value="Z-002"/><string key="wijk" value="Zuid"/>""", StringComparison.Ordinal)
        .Replace("""value="Z-003"/>""", """value="Z-003"/><string key="wijk" value="Noord"/>""", StringComparison.Ordinal);
}
