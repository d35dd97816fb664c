namespace InBeeld.Core.Privacy;

/// <summary>Study-specific settings for <see cref="PersonalDataDetector"/>.</summary>
public sealed record PersonalDataDetectorOptions
{
    /// <summary>
    /// Names known to occur in this study — participants' and relatives' first names, the names
    /// of the consultants involved, a small village school that would identify someone. Each is
    /// always flagged as <see cref="PersonalDataKind.PersonName"/> wherever it occurs as a whole
    /// word, case-insensitively, without the cues the heuristics need. Blank entries are ignored.
    /// </summary>
    public IReadOnlyList<string> KnownNames { get; init; } = [];
}
