namespace InBeeld.Data.Interchange;

/// <summary>Limits for imports.</summary>
public sealed record StudyImportOptions
{
    public const long DefaultMaxFileBytes = 100L * 1024 * 1024;

    /// <summary>Files above this size are refused before reading: a study of 10,000 interviews is about 40 MB.</summary>
    public long MaxFileBytes { get; init; } = DefaultMaxFileBytes;

    /// <summary>
    /// Checks a CBS municipality code; null uses the shipped reference list (MunicipalityRegistry).
    /// </summary>
    public Func<string, bool>? IsKnownMunicipality { get; init; }
}
