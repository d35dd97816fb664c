namespace InBeeld.Core.Rendering;

/// <summary>
/// Everything a journey map shows, already resolved to display text: no ids, no database types,
/// so a map can come from an interview, a composite journey or a hand-written fixture alike.
/// </summary>
public sealed record JourneyMapModel
{
    public required JourneyMapHeader Header { get; init; }

    /// <summary>Phase names in column order; steps refer to them by index.</summary>
    public IReadOnlyList<string> Phases { get; init; } = [];

    /// <summary>
    /// Organisation names in lane order (vocabulary order); steps refer to them by index. Names
    /// that no step uses get no lane, so the full study vocabulary may be passed.
    /// </summary>
    public IReadOnlyList<string> Organizations { get; init; } = [];

    /// <summary>The route, in order. Step numbers on the map are positions here, starting at 1.</summary>
    public IReadOnlyList<JourneyMapStep> Steps { get; init; } = [];

    /// <summary>
    /// Optional second hartslag (gewenste klantreis): the experience each step should have after
    /// the improvements, aligned with <see cref="Steps"/>; missing or null entries draw no point.
    /// </summary>
    public IReadOnlyList<int?>? DesiredExperience { get; init; }
}
