using System.Globalization;
using System.Text;
using InBeeld.Core.Localization;

namespace InBeeld.Core.Glossary;

/// <summary>
/// Finds organisations' own terms in a text and pairs them with the shared concept, so a page can show
/// "aanvraag inkomen (UWV: WW-aanvraag)". Matching is on whole words, ignoring case; the longest term
/// wins where terms overlap ("WW-aanvraag" before "aanvraag"), and earlier positions win over later.
/// When an organisation is given, only its terms are used: the same word can mean different things
/// at two partners.
/// </summary>
public sealed class TermAnnotator
{
    private readonly List<(string Term, string Concept, string Organization, Guid OrganizationId)> _terms;

    public TermAnnotator(IEnumerable<GlossaryEntry> entries, IReadOnlyDictionary<Guid, string> organizationNames)
    {
        _terms = entries
            .Where(e => !string.IsNullOrWhiteSpace(e.Term))
            .Select(e => (e.Term.Trim(), e.Concept.Trim(), organizationNames.TryGetValue(e.OrganizationId, out var n) ? n : string.Empty, e.OrganizationId))
            .OrderByDescending(t => t.Item1.Length)
            .ThenBy(t => t.Item1, StringComparer.Ordinal)
            .ToList();
    }

    public IReadOnlyList<TermSegment> Annotate(string text, Guid? organizationId = null)
    {
        var segments = new List<TermSegment>();
        var plainStart = 0;
        var i = 0;
        while (i < text.Length)
        {
            var match = MatchAt(text, i, organizationId);
            if (match is null)
            {
                i++;
                continue;
            }

            if (i > plainStart)
            {
                segments.Add(new TermSegment(text[plainStart..i], null, null));
            }

            var (length, concept, organization) = match.Value;
            segments.Add(new TermSegment(text.Substring(i, length), concept, organization));
            i += length;
            plainStart = i;
        }

        if (plainStart < text.Length)
        {
            segments.Add(new TermSegment(text[plainStart..], null, null));
        }

        return segments;
    }

    /// <summary>The text with each own term replaced by "concept (organisation: term)", for exports and the CLI.</summary>
    public string AnnotateAsText(string text, Guid? organizationId = null)
    {
        var builder = new StringBuilder();
        foreach (var segment in Annotate(text, organizationId))
        {
            builder.Append(segment.Concept is null
                ? segment.Text
                : ImprovementText.Get("Glossary_SharedWithOwn", segment.Concept, segment.Organization, segment.Text));
        }

        return builder.ToString();
    }

    private (int Length, string Concept, string Organization)? MatchAt(string text, int at, Guid? organizationId)
    {
        if (at > 0 && IsWordChar(text[at - 1]))
        {
            return null;
        }

        foreach (var (term, concept, organization, id) in _terms)
        {
            if (organizationId is { } only && id != only)
            {
                continue;
            }

            if (at + term.Length <= text.Length
                && string.Compare(text, at, term, 0, term.Length, CultureInfo.InvariantCulture, CompareOptions.IgnoreCase) == 0
                && (at + term.Length == text.Length || !IsWordChar(text[at + term.Length])))
            {
                return (term.Length, concept, organization);
            }
        }

        return null;
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c == '-';
}
