using InBeeld.Core.Journeys;

namespace InBeeld.Core.Analysis.Subgroups;

/// <summary>
/// One participant attribute (country of origin, age band, municipality) as a group per journey,
/// so subgroups can be compared in one pass over a <see cref="JourneySet"/>. Journeys whose
/// participant has no value are in no group (<see cref="JourneySet.None"/>).
/// </summary>
public sealed class JourneyGroups
{
    private readonly int[] _groupOf;
    private readonly Dictionary<string, int> _index;

    private JourneyGroups(string key, string label, List<string> groups, int[] groupOf)
    {
        Key = key;
        Label = label;
        Groups = groups;
        _groupOf = groupOf;
        _index = groups.Select((g, i) => (g, i)).ToDictionary(p => p.g, p => p.i, StringComparer.Ordinal);
    }

    /// <summary>The attribute's stable key (e.g. "leeftijdsgroep").</summary>
    public string Key { get; }

    /// <summary>The attribute's label as the researcher named it.</summary>
    public string Label { get; }

    /// <summary>Group names: the given order first (a choice list, empty groups included), then other values found, sorted.</summary>
    public IReadOnlyList<string> Groups { get; }

    /// <summary>Group index per journey, in set order.</summary>
    public ReadOnlySpan<int> GroupOf => _groupOf;

    public int IndexOf(string group) => _index.GetValueOrDefault(group, JourneySet.None);

    /// <param name="valueByJourney">The attribute's value per journey id; journeys not in it have no value.</param>
    /// <param name="order">The attribute's choices, to keep their order and show empty groups.</param>
    public static JourneyGroups Create(
        JourneySet set, string key, string label, IReadOnlyDictionary<Guid, string> valueByJourney, IReadOnlyList<string>? order = null)
    {
        var groups = (order ?? []).Distinct(StringComparer.Ordinal).ToList();
        var known = new HashSet<string>(groups, StringComparer.Ordinal);
        groups.AddRange(valueByJourney.Values.Where(v => !known.Contains(v)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));
        var index = groups.Select((g, i) => (g, i)).ToDictionary(p => p.g, p => p.i, StringComparer.Ordinal);
        var groupOf = new int[set.JourneyCount];
        for (var j = 0; j < groupOf.Length; j++)
        {
            groupOf[j] = valueByJourney.TryGetValue(set.JourneyIds[j], out var value) ? index[value] : JourneySet.None;
        }

        return new JourneyGroups(key, label, groups, groupOf);
    }
}
