using System.Diagnostics.CodeAnalysis;

namespace InBeeld.Core.Reference;

/// <summary>
/// The Dutch municipalities with their CBS codes, read once from the embedded <c>gemeenten.csv</c>
/// (CBS "Gemeentelijke indeling"). Mergers happen almost every year, so a study stores codes and
/// picks from the municipalities valid in its own period (<see cref="ValidOn"/>). All members are
/// thread-safe: the list is immutable after its first use.
/// </summary>
public static class MunicipalityRegistry
{
    internal const string ResourceName = "InBeeld.Core.Reference.gemeenten.csv";

    private static readonly Lazy<Table> Data = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The day whose municipal division the list shows as current (peildatum).</summary>
    public static DateOnly ReferenceDate { get; } = new(2025, 1, 1);

    /// <summary>
    /// First day for which <see cref="ValidOn"/> is complete: every merger since then is in the list.
    /// Earlier days would silently miss municipalities, so <see cref="ValidOn"/> refuses them.
    /// </summary>
    public static DateOnly CompleteFrom { get; } = new(2017, 1, 1);

    /// <summary>
    /// The nine Achterhoek municipalities (Aalten, Berkelland, Bronckhorst, Doetinchem, Lochem,
    /// Montferland, Oost Gelre, Oude IJsselstreek, Winterswijk), by CBS code, alphabetical by name.
    /// </summary>
    public static IReadOnlyList<string> Achterhoek { get; } =
    [
        "GM0197", "GM1859", "GM1876", "GM0222", "GM0262", "GM1955", "GM1586", "GM1509", "GM0294",
    ];

    /// <summary>Version of the shipped list, from its header (e.g. "2025-01-01").</summary>
    public static string Version => Data.Value.Version;

    /// <summary>Every municipality in the list, current and ceased, in list order.</summary>
    public static IReadOnlyList<Municipality> All => Data.Value.All;

    public static bool TryGet(string? cbsCode, [NotNullWhen(true)] out Municipality? municipality)
    {
        municipality = null;
        return cbsCode is not null && Data.Value.ByCode.TryGetValue(cbsCode.Trim(), out municipality);
    }

    /// <summary>The municipalities that existed on <paramref name="date"/>, sorted by name.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The date lies before <see cref="CompleteFrom"/>.</exception>
    public static IReadOnlyList<Municipality> ValidOn(DateOnly date)
    {
        if (date < CompleteFrom)
        {
            throw new ArgumentOutOfRangeException(
                nameof(date), date, $"De gemeentelijst is pas volledig vanaf {CompleteFrom:yyyy-MM-dd}.");
        }

        return Data.Value.SortedByName.Where(m => m.IsValidOn(date)).ToList();
    }

    /// <summary>
    /// Finds municipalities by name or code, ignoring case, accents, hyphens and apostrophes.
    /// Names starting with the text come first, then names with a word starting with it, then
    /// names containing it. Blank text finds nothing (a search box that is still empty).
    /// </summary>
    /// <param name="text">What the user typed, e.g. "oude ijs", "súdwest" or "GM0222".</param>
    /// <param name="validOn">If given, only municipalities that existed on that day.</param>
    public static IReadOnlyList<Municipality> Search(string? text, DateOnly? validOn = null)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        var query = SearchText.Fold(text);
        var candidates = Data.Value.Folded
            .Where(f => validOn is null || f.Municipality.IsValidOn(validOn.Value));

        return candidates
            .Select(f => (f.Municipality, Rank: Rank(f, query)))
            .Where(r => r.Rank >= 0)
            .OrderBy(r => r.Rank)
            .ThenBy(r => r.Municipality.ValidUntil is null ? 0 : 1)
            .ThenBy(r => SearchText.Fold(r.Municipality.Name), StringComparer.Ordinal)
            .Select(r => r.Municipality)
            .ToList();
    }

    private static int Rank(FoldedMunicipality folded, string query)
    {
        if (folded.Code.StartsWith(query, StringComparison.Ordinal)
            || folded.Code.AsSpan(2).StartsWith(query, StringComparison.Ordinal))
        {
            return 0;
        }

        if (folded.Name.StartsWith(query, StringComparison.Ordinal))
        {
            return 1;
        }

        if (folded.Name.Contains(" " + query, StringComparison.Ordinal))
        {
            return 2;
        }

        return folded.Name.Contains(query, StringComparison.Ordinal) ? 3 : -1;
    }

    private static Table Load()
    {
        using var stream = typeof(MunicipalityRegistry).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Ingebedde gemeentelijst '{ResourceName}' ontbreekt.");
        using var reader = new StreamReader(stream);
        var (version, all) = MunicipalityCsv.Parse(reader);
        return new Table(version, all);
    }

    private sealed record FoldedMunicipality(Municipality Municipality, string Name, string Code);

    private sealed class Table
    {
        public Table(string version, IReadOnlyList<Municipality> all)
        {
            Version = version;
            All = all;
            ByCode = all.ToDictionary(m => m.CbsCode, StringComparer.OrdinalIgnoreCase);
            SortedByName = all.OrderBy(m => SearchText.Fold(m.Name), StringComparer.Ordinal).ToList();
            Folded = all.Select(m => new FoldedMunicipality(m, SearchText.Fold(m.Name), SearchText.Fold(m.CbsCode))).ToList();
        }

        public string Version { get; }
        public IReadOnlyList<Municipality> All { get; }
        public IReadOnlyDictionary<string, Municipality> ByCode { get; }
        public IReadOnlyList<Municipality> SortedByName { get; }
        public IReadOnlyList<FoldedMunicipality> Folded { get; }
    }
}
