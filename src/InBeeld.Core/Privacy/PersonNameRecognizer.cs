using System.Text.RegularExpressions;

namespace InBeeld.Core.Privacy;

/// <summary>
/// Finds person names after a cue, and only there: a title or salutation ("meneer", "mevrouw",
/// "mw.", "dhr.", "juf", "meester", "dokter"), "ik/hij/zij heet", "mijn naam is", "genaamd", or a
/// relation ("mijn moeder", "z'n consulent", "haar broer heet"). The name is one to four
/// capitalised words, with initials and tussenvoegsels ("meneer van den Berg", "mw. A. de Vries",
/// "mijn vader Mohammed Al-Hassan"); only the name is flagged, not the cue. Capitalised words
/// elsewhere — sentence starts, places, organisations — are never taken, lower-case names
/// ("ik heet ahmed") are missed, and a name runs on into "van Organisatie" unless the
/// organisation word is in <see cref="NameStopWords"/>.
/// </summary>
internal static partial class PersonNameRecognizer
{
    private static readonly string[] Articles = ["de", "die", "deze", "een"];

    public static void Find(string text, List<PersonalDataFinding> into)
    {
        var match = Candidate().Match(text);
        while (match.Success)
        {
            var name = match.Groups["name"];
            var length = StartsPlausibly(text, match) ? NameStopWords.TrimName(name.ValueSpan) : 0;
            if (length > 0)
            {
                into.Add(PersonalDataFinding.Of(PersonalDataKind.PersonName, name.Index, length));
            }

            // Go on from where the kept name ends, not from where the match ends: in unpunctuated
            // speech "mijn moeder Amina Mijn vader Omar" matches "Amina Mijn", and the next cue
            // starts inside that match.
            match = Candidate().Match(text, name.Index + length);
        }
    }

    // A name that starts with a tussenvoegsel is a surname after a title ("meneer van Dijk"). After
    // any other cue, or after "de meneer", "van" means "from": "mijn begeleider van Humanitas",
    // "de mevrouw van Jeugdpunt".
    private static bool StartsPlausibly(string text, Match match)
    {
        var name = match.Groups["name"];
        if (!char.IsLower(text[name.Index]))
        {
            return true;
        }

        return match.Groups["title"].Success && !FollowsArticle(text, match.Index);
    }

    private static bool FollowsArticle(string text, int index)
    {
        var before = text.AsSpan(0, index).TrimEnd(' ');
        var start = before.Length;
        while (start > 0 && char.IsLetter(before[start - 1]))
        {
            start--;
        }

        var word = before[start..];
        foreach (var article in Articles)
        {
            if (word.Equals(article, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    // Names are matched case-sensitively, cues case-insensitively through the inline (?i:) group.
    // The backtracking engine measured six times faster than NonBacktracking here, and every
    // quantifier is bounded, so the scan is still linear in the text length.
    [GeneratedRegex(
        """
        \b(?i:(?<title>(?:meneer|mijnheer|mevrouw|mevr|mw|dhr|juf|juffrouw|meester|dokter)\.?\ {1,2}
                     |(?:mevr|mw|dhr|dr|mr|drs|ir)\.\ {0,2})
             |(?:ik|hij|zij|ze|jij|je|u)\ heet(?:te)?[ ]
             |(?:mijn|zijn|haar)\ naam\ (?:is|was)[ ]
             |genaamd[ ]
             |(?:mijn|m'n|zijn|z'n|haar|d'r|onze|ons)[ ]
              (?:moeder|vader|mama|papa|broer|broertje|zus|zusje|zoon|dochter|opa|oma|oom|tante
                |neef|nicht|vriend|vriendin|vriendje|man|vrouw|partner|stiefvader|stiefmoeder
                |pleegmoeder|pleegvader|consulent|klantmanager|casemanager|begeleider|mentor|coach
                |jobcoach|docent|leraar|lerares|juf|meester|huisarts|psycholoog|contactpersoon
                |trajectbegeleider|buurman|buurvrouw|baas|leidinggevende|collega|voogd|maatje)
              (?:\ heet(?:te)?|,)?\ )
        (?<name>(?:\p{Lu}\.\ ?){0,4}
                (?:(?:van|de|der|den|het|'t|ten|ter|te|la|le|du|da|di|del|al|el|bin|ben|ibn|von)\ ){0,3}
                \p{Lu}\p{Ll}{1,30}(?:[-'’]\p{Lu}?\p{Ll}{1,30}){0,2}
                (?:\ (?:(?:van|de|der|den|het|'t|ten|ter|te|la|le|du|da|di|del|al|el|bin|ben|ibn|von)\ ){0,3}
                   \p{Lu}\p{Ll}{1,30}(?:[-'’]\p{Lu}?\p{Ll}{1,30}){0,2}){0,3})
        """,
        RegexOptions.CultureInvariant | RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex Candidate();
}
