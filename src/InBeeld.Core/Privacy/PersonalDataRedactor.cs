using System.Text;

namespace InBeeld.Core.Privacy;

/// <summary>
/// Replaces the findings a researcher accepted with their placeholders. Findings that overlap
/// are settled as <see cref="PersonalDataDetector.Find"/> does (longest, then earliest, then kind
/// order), so passing a hand-picked or merged set is safe; text outside the kept findings —
/// line breaks, emoji — is copied unchanged.
/// </summary>
public static class PersonalDataRedactor
{
    /// <summary>
    /// The text with each accepted finding replaced by its <see cref="PersonalDataFinding.Placeholder"/>.
    /// Findings must come from <see cref="PersonalDataDetector.Find"/> on this same string.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">A finding lies outside the text.</exception>
    /// <exception cref="ArgumentException">A finding cuts an emoji or other surrogate pair in half.</exception>
    public static string Replace(string text, IEnumerable<PersonalDataFinding> accepted)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(accepted);

        var findings = accepted.ToList();
        foreach (var finding in findings)
        {
            Check(text, finding);
        }

        var builder = new StringBuilder(text.Length);
        var position = 0;
        foreach (var finding in FindingOverlap.Resolve(findings))
        {
            builder.Append(text, position, finding.Start - position).Append(finding.Placeholder);
            position = finding.End;
        }

        return builder.Append(text, position, text.Length - position).ToString();
    }

    // A finding from another version of the text would replace the wrong words; failing loudly is
    // better than silently leaving a name in place or producing half an emoji.
    private static void Check(string text, PersonalDataFinding accepted)
    {
        ArgumentNullException.ThrowIfNull(accepted);
        if (accepted.Start < 0 || accepted.Length < 0 || accepted.End > text.Length)
        {
            throw new ArgumentOutOfRangeException(
                nameof(accepted),
                $"Finding {accepted.Start}..{accepted.End} lies outside the text of length {text.Length}.");
        }

        if (SplitsPair(text, accepted.Start) || SplitsPair(text, accepted.End))
        {
            throw new ArgumentException($"Finding {accepted.Start}..{accepted.End} splits a surrogate pair.", nameof(accepted));
        }

        ArgumentNullException.ThrowIfNull(accepted.Placeholder);
    }

    private static bool SplitsPair(string text, int index) =>
        index > 0 && index < text.Length && char.IsLowSurrogate(text[index]) && char.IsHighSurrogate(text[index - 1]);
}
