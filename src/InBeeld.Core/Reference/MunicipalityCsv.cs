using System.Globalization;
using System.Text.RegularExpressions;

namespace InBeeld.Core.Reference;

/// <summary>
/// Reads the shipped municipality list. The format is ours (semicolon-separated, because names such
/// as "Nuenen, Gerwen en Nederwetten" contain commas), so a malformed line is a build defect: it
/// fails loudly with the line number instead of silently dropping a municipality.
/// </summary>
internal static partial class MunicipalityCsv
{
    private const string VersionPrefix = "# Versie:";
    private const string Header = "code;naam;geldig_van;geldig_tot";

    public static (string Version, IReadOnlyList<Municipality> Municipalities) Parse(TextReader reader)
    {
        string? version = null;
        var headerSeen = false;
        var result = new List<Municipality>();
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0)
            {
                continue;
            }

            if (line.StartsWith('#'))
            {
                if (line.StartsWith(VersionPrefix, StringComparison.Ordinal))
                {
                    version = line[VersionPrefix.Length..].Trim();
                }

                continue;
            }

            if (!headerSeen)
            {
                if (line != Header)
                {
                    throw Invalid(lineNumber, $"kopregel '{Header}' verwacht");
                }

                headerSeen = true;
                continue;
            }

            result.Add(ParseLine(line, lineNumber));
        }

        if (string.IsNullOrEmpty(version))
        {
            throw Invalid(lineNumber, $"regel '{VersionPrefix} ...' ontbreekt");
        }

        return (version, result);
    }

    private static Municipality ParseLine(string line, int lineNumber)
    {
        var fields = line.Split(';');
        if (fields.Length != 4)
        {
            throw Invalid(lineNumber, "vier velden verwacht");
        }

        if (!CodePattern().IsMatch(fields[0]))
        {
            throw Invalid(lineNumber, $"ongeldige CBS-code '{fields[0]}'");
        }

        if (string.IsNullOrWhiteSpace(fields[1]))
        {
            throw Invalid(lineNumber, "naam ontbreekt");
        }

        var from = ParseDate(fields[2], lineNumber);
        var until = ParseDate(fields[3], lineNumber);
        if (from is not null && until is not null && until < from)
        {
            throw Invalid(lineNumber, "geldig_tot ligt voor geldig_van");
        }

        return new Municipality(fields[0], fields[1], from, until);
    }

    private static DateOnly? ParseDate(string text, int lineNumber)
    {
        if (text.Length == 0)
        {
            return null;
        }

        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw Invalid(lineNumber, $"ongeldige datum '{text}'");
    }

    private static InvalidDataException Invalid(int lineNumber, string problem) =>
        new($"gemeenten.csv, regel {lineNumber}: {problem}.");

    [GeneratedRegex(@"^GM\d{4}$", RegexOptions.CultureInvariant)]
    internal static partial Regex CodePattern();
}
