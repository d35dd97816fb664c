using System.Text.RegularExpressions;

namespace InBeeld.Core.Tests.Rendering.Mermaid;

/// <summary>
/// A faithful copy, for testing, of the lexer and grammar of Mermaid's journey diagram
/// (mermaid-js/mermaid, src/diagrams/user-journey/parser/journey.jison): rules tried in order at
/// each position, case-insensitive, first match wins; a document is "journey" followed by lines
/// that are a title, a section, or a task name followed by task data.
/// </summary>
internal static partial class MermaidJourneyLexer
{
    private static readonly (string Token, Regex Rule)[] Rules =
    [
        ("NL", new Regex(@"\G[\n]+", RegexOptions.IgnoreCase)),
        ("", new Regex(@"\G\s+", RegexOptions.IgnoreCase)),
        ("", new Regex(@"\G\#[^\n]*", RegexOptions.IgnoreCase)),
        ("", new Regex(@"\G\%%[^\n]*", RegexOptions.IgnoreCase)),
        ("journey", new Regex(@"\Gjourney", RegexOptions.IgnoreCase)),
        ("title", new Regex(@"\Gtitle\s[^#\n;]+", RegexOptions.IgnoreCase)),
        ("section", new Regex(@"\Gsection\s[^#:\n;]+", RegexOptions.IgnoreCase)),
        ("taskName", new Regex(@"\G[^#:\n;]+", RegexOptions.IgnoreCase)),
        ("taskData", new Regex(@"\G:[^#\n;]+", RegexOptions.IgnoreCase)),
        (":", new Regex(@"\G:", RegexOptions.IgnoreCase)),
        ("INVALID", new Regex(@"\G.", RegexOptions.IgnoreCase)),
    ];

    public static List<(string Token, string Text)> Tokens(string source)
    {
        var tokens = new List<(string, string)>();
        var position = 0;
        while (position < source.Length)
        {
            foreach (var (token, rule) in Rules)
            {
                var match = rule.Match(source, position);
                if (match.Success && match.Length > 0)
                {
                    if (token.Length > 0)
                    {
                        tokens.Add((token, match.Value));
                    }

                    position += match.Length;
                    break;
                }
            }
        }

        return tokens;
    }

    /// <summary>The statements as Mermaid's grammar reads them: ("title", text), ("section", name), ("task", name, data).</summary>
    public static List<(string Kind, string Name, string? Data)> Parse(string source)
    {
        var tokens = Tokens(source).Where(t => t.Token != "NL").ToList();
        tokens[0].Token.ShouldBe("journey");
        var statements = new List<(string, string, string?)>();
        for (var i = 1; i < tokens.Count; i++)
        {
            var (token, text) = tokens[i];
            switch (token)
            {
                case "title":
                    statements.Add(("title", text[6..], null));
                    break;
                case "section":
                    statements.Add(("section", text[8..], null));
                    break;
                case "taskName":
                    (i + 1 < tokens.Count && tokens[i + 1].Token == "taskData").ShouldBeTrue($"task '{text}' has no data");
                    statements.Add(("task", text, tokens[++i].Text[1..]));
                    break;
                default:
                    throw new ShouldAssertException($"Mermaid would reject token {token} '{text}'");
            }
        }

        return statements;
    }
}
