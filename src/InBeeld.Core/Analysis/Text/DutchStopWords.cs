namespace InBeeld.Core.Analysis.Text;

/// <summary>
/// The Snowball project's Dutch stop-word list (function words that say nothing about a quote's
/// theme). Negations such as "niet" and "geen" are on it too: for finding similar quotes about the
/// same subject they add noise, not meaning.
/// </summary>
public static class DutchStopWords
{
    private static readonly HashSet<string> Words = new(StringComparer.Ordinal)
    {
        "de", "en", "van", "ik", "te", "dat", "die", "in", "een", "hij", "het", "niet", "zijn", "is", "was", "op", "aan", "met",
        "als", "voor", "had", "er", "maar", "om", "hem", "dan", "zou", "of", "wat", "mijn", "men", "dit", "zo", "door", "over",
        "ze", "zich", "bij", "ook", "tot", "je", "mij", "uit", "der", "daar", "haar", "naar", "heb", "hoe", "heeft", "hebben",
        "deze", "u", "want", "nog", "zal", "me", "zij", "nu", "ge", "geen", "omdat", "iets", "worden", "toch", "al", "waren",
        "veel", "meer", "doen", "toen", "moet", "ben", "zonder", "kan", "hun", "dus", "alles", "onder", "ja", "eens", "hier",
        "wie", "werd", "altijd", "doch", "wordt", "wezen", "kunnen", "ons", "zelf", "tegen", "na", "reeds", "wil", "kon",
        "niets", "uw", "iemand", "geweest", "andere",
    };

    public static int Count => Words.Count;

    /// <param name="word">A lower-case token.</param>
    public static bool Contains(string word) => Words.Contains(word);
}
