namespace InBeeld.Core.EventLogs.Conformance;

/// <summary>Limits of the alignment search.</summary>
public sealed record AlignmentOptions
{
    /// <summary>States one trace's search may visit before it gives up (the case is then reported as not aligned).</summary>
    public int MaxStatesPerTrace { get; init; } = 1_000_000;

    /// <summary>Use the marking-equation heuristic (else plain Dijkstra; only for comparison in tests).</summary>
    public bool UseHeuristic { get; init; } = true;
}
