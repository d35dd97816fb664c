using InBeeld.Core.EventLogs.Model;

namespace InBeeld.Core.EventLogs.Conformance;

/// <summary>For each activity of a log, the transitions of a net with that label (empty: not in the model).</summary>
internal sealed class LabelMap
{
    public LabelMap(PetriNet net, IReadOnlyList<string> activityNames)
    {
        var byLabel = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var t = 0; t < net.Transitions.Count; t++)
        {
            if (net.Transitions[t].Label is { } label)
            {
                if (!byLabel.TryGetValue(label, out var list))
                {
                    byLabel[label] = list = [];
                }

                list.Add(t);
            }
        }

        Transitions = [.. activityNames.Select(name => byLabel.TryGetValue(name.Trim(), out var list) ? list.ToArray() : [])];
        UnknownActivities = [.. Enumerable.Range(0, activityNames.Count).Where(a => Transitions[a].Length == 0)];
    }

    public int[][] Transitions { get; }

    /// <summary>Log activities no transition is labelled with.</summary>
    public IReadOnlyList<int> UnknownActivities { get; }

    public bool IsKnown(int activity) => Transitions[activity].Length > 0;

    public static LabelMap For(PetriNet net, EventLog log) => new(net, log.ActivityNames);
}
