namespace InBeeld.Core.EventLogs.Conformance;

/// <summary>Builds a <see cref="PetriNet"/> place by place and transition by transition; parallel arcs add up their weights.</summary>
public sealed class PetriNetBuilder(string name)
{
    private readonly List<string> _places = [];
    private readonly List<(string Id, string? Label, Dictionary<int, int> Inputs, Dictionary<int, int> Outputs)> _transitions = [];
    private readonly Dictionary<int, int> _initial = [];
    private readonly Dictionary<int, int> _final = [];

    public int PlaceCount => _places.Count;

    public int AddPlace(string placeName)
    {
        _places.Add(placeName);
        return _places.Count - 1;
    }

    /// <summary>Adds a transition; a null or blank label makes it silent.</summary>
    public int AddTransition(string id, string? label)
    {
        _transitions.Add((id, string.IsNullOrWhiteSpace(label) ? null : label.Trim(), [], []));
        return _transitions.Count - 1;
    }

    public void AddInput(int transition, int place, int weight = 1) => Add(_transitions[transition].Inputs, place, weight);

    public void AddOutput(int transition, int place, int weight = 1) => Add(_transitions[transition].Outputs, place, weight);

    public void SetInitial(int place, int tokens) => _initial[place] = tokens;

    public void SetFinal(int place, int tokens) => _final[place] = tokens;

    public PetriNet Build() => new(
        name,
        [.. _places],
        [.. _transitions.Select(t => new PetriTransition(
            t.Id, t.Label,
            [.. t.Inputs.OrderBy(p => p.Key).Select(p => new PetriArc(p.Key, p.Value))],
            [.. t.Outputs.OrderBy(p => p.Key).Select(p => new PetriArc(p.Key, p.Value))]))],
        Marking(_initial),
        Marking(_final));

    private int[] Marking(Dictionary<int, int> tokens)
    {
        var marking = new int[_places.Count];
        foreach (var (place, count) in tokens)
        {
            marking[place] = count;
        }

        return marking;
    }

    private static void Add(Dictionary<int, int> arcs, int place, int weight) => arcs[place] = arcs.GetValueOrDefault(place) + weight;
}
