using System.Collections.Frozen;

namespace InBeeld.Core.Privacy;

/// <summary>
/// Capitalised words that end a name found after a cue. Transcripts are often unpunctuated, so
/// "mijn moeder Fatima Ik ging" must stop before "Ik"; and "mevrouw Jansen van Jeugdzorg" must
/// stop before the organisation. All-capital abbreviations (UWV, RMC, COA) never match the name
/// pattern, so they need no entry.
/// </summary>
internal static class NameStopWords
{
    private static readonly FrozenSet<string> Words = new[]
    {
        // Function words that start the next sentence.
        "Ik", "Jij", "Je", "Hij", "Zij", "Ze", "Wij", "We", "Jullie", "U", "Het", "Een", "Die", "Dat",
        "Deze", "Dit", "Daar", "Hier", "Er", "En", "Maar", "Want", "Dus", "Toen", "Dan", "Als", "Omdat",
        "Of", "Ook", "Nog", "Niet", "Wel", "Ja", "Nee", "Nou", "Oké", "Ok", "Eh", "Uh", "Hm", "Bij",
        "Met", "Naar", "Voor", "Op", "In", "Om", "Aan", "Over", "Uit", "Tot", "Na", "Zo", "Wat", "Wie",
        "Waar", "Hoe", "Waarom", "Wanneer", "Toch", "Even", "Gewoon", "Echt", "Altijd", "Nooit",
        "Soms", "Heel", "Zei", "Had", "Was", "Is", "Ben", "Heb", "Kreeg", "Ging", "Kwam", "Moest",
        "Wilde", "Kon", "Mijn", "Zijn", "Haar", "Onze", "Ons",

        // Organisations and services a name is often followed by ("van de Gemeente").
        "Gemeente", "Jeugdzorg", "Jeugdhulp", "School", "Werkplein", "Wijkteam", "Buurtteam",
        "Stichting", "Jongerenloket", "Loket", "Zorg", "Team", "Dienst", "Ziekenhuis", "Politie",
        "Belastingdienst", "Rechtbank", "Kliniek", "Praktijk", "Huisartsenpraktijk", "Bureau",
        "Centrum", "Afdeling", "Sociaal", "Sociale", "Werk", "Inkomen", "Participatie", "Wmo",
        "Schuldhulp", "Schuldhulpverlening", "Bijstand", "Uitkering", "Vluchtelingenwerk",
        "Taalschool", "Mbo", "Hbo", "Vmbo", "Havo", "Vwo", "Regio", "Provincie", "Ministerie",
        "Rijksoverheid", "Stadsdeel", "Azc",

        // Days, months and languages that can follow a relation word.
        "Maandag", "Dinsdag", "Woensdag", "Donderdag", "Vrijdag", "Zaterdag", "Zondag", "Januari",
        "Februari", "Maart", "April", "Mei", "Juni", "Juli", "Augustus", "September", "Oktober",
        "November", "December", "Nederland", "Nederlands", "Engels", "Arabisch", "Tigrinya",
        "Turks", "Pools", "Frans", "Duits",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The length of <paramref name="name"/> up to its last capitalised word before the first
    /// stop word; initials and tussenvoegsels left dangling at the end are dropped. Zero when the
    /// name starts with a stop word.
    /// </summary>
    public static int TrimName(ReadOnlySpan<char> name)
    {
        var lookup = Words.GetAlternateLookup<ReadOnlySpan<char>>();
        var kept = 0;
        var start = 0;
        while (start < name.Length)
        {
            var space = name[start..].IndexOf(' ');
            var end = space < 0 ? name.Length : start + space;
            var word = name[start..end];
            var isNameWord = word.Length > 0 && char.IsUpper(word[0]) && word[^1] != '.';
            if (isNameWord)
            {
                if (lookup.Contains(word))
                {
                    break;
                }

                kept = end;
            }

            start = end + 1;
        }

        return kept;
    }
}
