namespace InBeeld.Core.EventLogs.Conformance;

/// <summary>
/// A labelled Petri net with an initial and a final marking — the form every intended route takes
/// for conformance checking. A transition's label is the activity it stands for; a null label
/// makes it silent (τ: routing only, never seen in a log). Arcs carry weights.
/// </summary>
public sealed class PetriNet
{
    internal PetriNet(
        string name, string[] places, PetriTransition[] transitions, int[] initialMarking, int[] finalMarking)
    {
        Name = name;
        Places = places;
        Transitions = transitions;
        InitialMarking = initialMarking;
        FinalMarking = finalMarking;
        Labels = [.. transitions.Select(t => t.Label).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
    }

    public string Name { get; }

    /// <summary>Place names (for messages and tests).</summary>
    public IReadOnlyList<string> Places { get; }

    public IReadOnlyList<PetriTransition> Transitions { get; }

    /// <summary>Tokens per place at the start.</summary>
    public IReadOnlyList<int> InitialMarking { get; }

    /// <summary>Tokens per place when a case has properly completed.</summary>
    public IReadOnlyList<int> FinalMarking { get; }

    /// <summary>The distinct activity labels, sorted.</summary>
    public IReadOnlyList<string> Labels { get; }
}

/// <summary>A transition: its id in the model, label (null: silent) and weighted input and output places.</summary>
public sealed record PetriTransition(string Id, string? Label, IReadOnlyList<PetriArc> Inputs, IReadOnlyList<PetriArc> Outputs)
{
    public bool IsSilent => Label is null;
}

/// <summary>An arc between a transition and a place (index into <see cref="PetriNet.Places"/>), with its weight.</summary>
public readonly record struct PetriArc(int Place, int Weight);
