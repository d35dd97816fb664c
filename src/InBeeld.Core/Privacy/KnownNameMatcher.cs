using System.Text.RegularExpressions;

namespace InBeeld.Core.Privacy;

/// <summary>
/// Flags the study's own list of names (<see cref="PersonalDataDetectorOptions.KnownNames"/>)
/// wherever they occur as whole words, case-insensitively.
/// </summary>
internal sealed partial class KnownNameMatcher
{
    private readonly Regex _pattern;

    private KnownNameMatcher(Regex pattern) => _pattern = pattern;

    public static KnownNameMatcher? Create(IEnumerable<string> names)
    {
        // Longest first, so "Anna de Vries" is preferred over "Anna" at the same position.
        var alternatives = names
            .Where(n => !string.IsNullOrWhiteSpace(n))
            .Select(n => n.Trim())
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .OrderByDescending(n => n.Length)
            .ThenBy(n => n, StringComparer.Ordinal)
            .Select(Alternative)
            .ToList();
        if (alternatives.Count == 0)
        {
            return null;
        }

        // NonBacktracking: the list comes from users and can be long; this engine stays linear in
        // the text whatever it contains.
        var regex = new Regex(
            string.Join('|', alternatives),
            RegexOptions.NonBacktracking | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        return new KnownNameMatcher(regex);
    }

    public void Find(string text, List<PersonalDataFinding> into)
    {
        foreach (var match in _pattern.EnumerateMatches(text))
        {
            into.Add(PersonalDataFinding.Of(PersonalDataKind.PersonName, match.Index, match.Length));
        }
    }

    // \b only where the name itself starts or ends with a word character: "\bJ.\b" would demand a
    // letter right after the dot. Any run of white space matches a space in the name, as a
    // transcript may break "Anna de Vries" over two lines.
    private static string Alternative(string name)
    {
        var escaped = WhiteSpace().Replace(Regex.Escape(name), @"\s+");
        var start = IsWordChar(name[0]) ? @"\b" : "";
        var end = IsWordChar(name[^1]) ? @"\b" : "";
        return start + escaped + end;
    }

    // Regex.Escape writes a space as "\ " and other white space as \t, \n, \r, \f.
    [GeneratedRegex(@"(?:\\[ tnrf])+", RegexOptions.CultureInvariant)]
    private static partial Regex WhiteSpace();

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c == '_';
}
