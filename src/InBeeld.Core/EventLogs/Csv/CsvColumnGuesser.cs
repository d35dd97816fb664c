namespace InBeeld.Core.EventLogs.Csv;

/// <summary>
/// Guesses the mapping from header names in Dutch and English, as case systems and process-mining
/// tools export them (zaaknummer, activiteit, tijdstip; case:concept:name, concept:name, time:timestamp).
/// Names are compared in lower case without spaces, '_', '-' and '.'; the first candidate found wins.
/// </summary>
public static class CsvColumnGuesser
{
    private static readonly string[] CaseNames =
        ["case", "caseid", "case:concept:name", "zaak", "zaakid", "zaaknummer", "zaaknr", "casus", "casusid", "dossier", "dossiernummer", "client", "clientid", "cliënt", "cliëntid", "clientnummer", "traceid", "bsn", "id"];

    private static readonly string[] ActivityNames =
        ["activity", "activiteit", "concept:name", "activityname", "eventname", "event", "stap", "handeling", "bericht", "berichttype", "taak", "task", "actie", "gebeurtenis"];

    private static readonly string[] TimestampNames =
        ["timestamp", "time:timestamp", "tijdstip", "completetimestamp", "endtimestamp", "eindtijd", "datumtijd", "datum", "date", "datetime", "time", "tijd", "moment"];

    private static readonly string[] StartNames = ["starttimestamp", "start:timestamp", "starttijd", "begintijd", "startdatum", "begindatum", "start"];

    private static readonly string[] OrganizationNames =
        ["organisatie", "organization", "organisation", "org:group", "group", "groep", "afdeling", "instantie", "ketenpartner", "team", "department"];

    private static readonly string[] ResourceNames = ["resource", "org:resource", "medewerker", "behandelaar", "gebruiker", "user", "consulent", "uitvoerder"];

    private static readonly string[] LifecycleNames = ["lifecycle", "lifecycle:transition", "transition", "levenscyclus"];

    public static CsvMappingSuggestion Suggest(IReadOnlyList<string> header)
    {
        var taken = new HashSet<int>();
        return new CsvMappingSuggestion(
            Find(header, CaseNames, taken),
            Find(header, ActivityNames, taken),
            Find(header, TimestampNames, taken),
            Find(header, StartNames, taken),
            Find(header, OrganizationNames, taken),
            Find(header, ResourceNames, taken),
            Find(header, LifecycleNames, taken));
    }

    internal static string Normalize(string name)
    {
        Span<char> buffer = stackalloc char[Math.Min(name.Length, 256)];
        var length = 0;
        foreach (var c in name.AsSpan(0, Math.Min(name.Length, 256)))
        {
            if (c is not (' ' or '_' or '-' or '.'))
            {
                buffer[length++] = char.ToLowerInvariant(c);
            }
        }

        return new string(buffer[..length]);
    }

    private static string? Find(IReadOnlyList<string> header, string[] candidates, HashSet<int> taken)
    {
        var normalized = header.Select(Normalize).ToArray();
        foreach (var candidate in candidates)
        {
            var index = Array.IndexOf(normalized, Normalize(candidate));
            if (index >= 0 && taken.Add(index))
            {
                return header[index];
            }
        }

        return null;
    }
}
