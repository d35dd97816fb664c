namespace InBeeld.Core.Privacy;

/// <summary>
/// A stretch of text that is probably personal data. <see cref="Start"/> and
/// <see cref="Length"/> count UTF-16 code units of the exact string given to
/// <see cref="PersonalDataDetector.Find"/> — the same units as <c>string.Substring</c> and
/// JavaScript string indices, not characters as a reader counts them: an emoji before the
/// finding counts as two, a CRLF line break as two. Findings hold no copy of the text, so they can
/// be logged or shown in a review list without leaking what they point at.
/// </summary>
/// <param name="Placeholder">What <see cref="PersonalDataRedactor"/> writes instead, e.g. "[NAAM]".</param>
public sealed record PersonalDataFinding(PersonalDataKind Kind, int Start, int Length, string Placeholder)
{
    /// <summary>Index just past the finding.</summary>
    public int End => Start + Length;

    internal static PersonalDataFinding Of(PersonalDataKind kind, int start, int length) =>
        new(kind, start, length, PersonalDataPlaceholders.For(kind));
}
