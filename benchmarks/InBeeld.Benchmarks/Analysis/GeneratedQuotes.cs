using InBeeld.Core.Analysis.Suggestions;

namespace InBeeld.Benchmarks.Analysis;

/// <summary>
/// Fictitious Dutch quotes for benchmarks: each draws on one or two themes (its codes) and mixes their
/// words with everyday filler, 10 to 30 words long, like a sentence or two from an interview.
/// </summary>
internal static class GeneratedQuotes
{
    private static readonly string[][] Themes =
    [
        ["wachten", "weken", "wachtlijst", "niks", "gehoord", "lang", "duurde", "maanden", "eindelijk", "afwachten"],
        ["brief", "brieven", "formulier", "moeilijke", "taal", "begreep", "ingewikkeld", "papieren", "invullen", "post"],
        ["verhaal", "opnieuw", "vertellen", "steeds", "andere", "contactpersoon", "rugzak", "herhalen", "dossier", "overdracht"],
        ["school", "mentor", "stage", "diploma", "opleiding", "klas", "leraar", "examen", "mbo", "les"],
        ["werk", "baan", "werkgever", "solliciteren", "jobcoach", "contract", "uren", "collega's", "proefplaatsing", "loon"],
        ["geld", "schulden", "uitkering", "rekeningen", "betalen", "toeslag", "budget", "boetes", "huur", "inkomen"],
        ["hulp", "begeleider", "zorg", "hulpverlener", "gesprekken", "steun", "luisterde", "nam", "tijd", "vertrouwen"],
        ["gemeente", "loket", "balie", "ambtenaar", "aanvraag", "afgewezen", "regels", "beslissing", "bezwaar", "wmo"],
    ];

    private static readonly string[] Filler =
    [
        "ik", "had", "het", "gevoel", "dat", "niemand", "echt", "wist", "wat", "er", "moest", "gebeuren", "toen", "ben", "ik",
        "naar", "de", "mijn", "moeder", "zei", "ook", "maar", "daarna", "was", "alles", "anders", "gewoon", "weer", "heel", "vaak",
    ];

    public static IReadOnlyList<CodedQuote> Create(int count, int seed)
    {
        var random = new Random(seed);
        var quotes = new List<CodedQuote>(count);
        for (var q = 0; q < count; q++)
        {
            var themes = Enumerable.Range(0, random.Next(1, 3)).Select(_ => random.Next(Themes.Length)).Distinct().ToList();
            var words = Enumerable.Range(0, random.Next(10, 31))
                .Select(_ => random.Next(3) == 0 ? Filler[random.Next(Filler.Length)] : Themes[themes[random.Next(themes.Count)]][random.Next(10)]);
            quotes.Add(new CodedQuote(new Guid(q + 1, 0, 0, new byte[8]), string.Join(' ', words) + ".", [.. themes.Select(t => new Guid(0, 0, 0, [0, 0, 0, 0, 0, 0, 0, (byte)(t + 1)]))]));
        }

        return quotes;
    }
}
