using InBeeld.Core.EventLogs.Model;

namespace InBeeld.Web.Pages.EventLogs;

/// <summary>
/// What the attribute filter of the log page offers: the keys a log can be filtered on (activity,
/// resource and organisation as the CLI offers them, then the stored case and event attributes)
/// and, for a chosen key, its values with the number of cases that have each. Values are the
/// invariant text of <see cref="AttributeValue"/>, the form <c>AttributeFilter</c> compares.
/// </summary>
public static class AttributeChoices
{
    public const string Activity = "concept:name";
    public const string Resource = "org:resource";
    public const string Organization = "org:group";

    /// <summary>A key to offer; <see cref="Scope"/> is "Activity", "Resource", "Organization", "Case" or "Event" (for the label).</summary>
    public sealed record Key(string Name, string Scope);

    public sealed record Value(string Text, int Cases);

    public static IReadOnlyList<Key> Keys(EventLog log)
    {
        var keys = new List<Key> { new(Activity, "Activity"), new(Resource, "Resource"), new(Organization, "Organization") };
        foreach (var column in log.CaseAttributes)
        {
            keys.Add(new Key(column.Key, "Case"));
        }

        // A key that is both a case and an event attribute filters on the case attribute (AttributeFilter's rule): offer it once.
        foreach (var column in log.EventAttributes.Where(e => log.FindCaseAttribute(e.Key) is null))
        {
            keys.Add(new Key(column.Key, "Event"));
        }

        return keys;
    }

    public static bool IsKnown(EventLog log, string key) => Keys(log).Any(k => k.Name == key);

    /// <summary>Every value of the key with its number of cases, most frequent first (then by text); empty for an unknown key.</summary>
    public static IReadOnlyList<Value> Values(EventLog log, string key)
    {
        var counts = key switch
        {
            _ when log.FindCaseAttribute(key) is { } column => CaseCounts(log, column),
            _ when log.FindEventAttribute(key) is { } column => EventCounts(log, column.Rows, column.Values.Length, i => column.Values[i].ToString()),
            Activity => EventCounts(log, log.Activity, log.ActivityNames.Count, i => log.ActivityNames[i]),
            Resource => EventCounts(log, log.Resource, log.ResourceNames.Count, i => log.ResourceNames[i]),
            Organization => EventCounts(log, log.Organization, log.OrganizationNames.Count, i => log.OrganizationNames[i]),
            _ => [],
        };
        return [.. counts.OrderByDescending(v => v.Cases).ThenBy(v => v.Text, StringComparer.CurrentCulture)];
    }

    private static List<Value> CaseCounts(EventLog log, AttributeColumn column)
    {
        var (textOf, texts) = Texts(column.Values.Length, i => column.Values[i].ToString());
        var counts = new int[texts.Count];
        foreach (var index in column.Rows)
        {
            if (index != EventLog.None)
            {
                counts[textOf[index]]++;
            }
        }

        return [.. texts.Select((t, i) => new Value(t, counts[i]))];
    }

    /// <summary>Cases in which at least one occurrence has each value (a value counts once per case).</summary>
    private static List<Value> EventCounts(EventLog log, ReadOnlySpan<int> rows, int valueCount, Func<int, string> text)
    {
        var (textOf, texts) = Texts(valueCount, text);
        var counts = new int[texts.Count];
        var lastCase = new int[texts.Count];
        lastCase.AsSpan().Fill(-1);
        for (var c = 0; c < log.CaseCount; c++)
        {
            for (var e = log.CaseOffsets[c]; e < log.CaseOffsets[c + 1]; e++)
            {
                if (rows[e] != EventLog.None && lastCase[textOf[rows[e]]] != c)
                {
                    lastCase[textOf[rows[e]]] = c;
                    counts[textOf[rows[e]]]++;
                }
            }
        }

        return [.. texts.Select((t, i) => new Value(t, counts[i]))];
    }

    /// <summary>
    /// Values with the same text (an integer 1 and a text "1") are one choice, as the filter compares
    /// text: each value index maps to the number of its text.
    /// </summary>
    private static (int[] TextOf, List<string> Texts) Texts(int valueCount, Func<int, string> text)
    {
        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        var texts = new List<string>();
        var textOf = new int[valueCount];
        for (var i = 0; i < valueCount; i++)
        {
            var t = text(i);
            if (!numbers.TryGetValue(t, out var number))
            {
                number = texts.Count;
                numbers.Add(t, number);
                texts.Add(t);
            }

            textOf[i] = number;
        }

        return (textOf, texts);
    }
}
