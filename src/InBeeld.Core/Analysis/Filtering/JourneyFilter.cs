namespace InBeeld.Core.Analysis.Filtering;

/// <summary>
/// Narrows an analysis to some interviews: those with a step in a phase, those with a step at an
/// organisation, those in one subgroup of a participant attribute. Criteria combine (and); unset
/// criteria keep everything. All figures are then counted over the interviews kept, so their
/// denominators shrink with the filter.
/// </summary>
public sealed record JourneyFilter
{
    public static JourneyFilter None { get; } = new();

    public Guid? Phase { get; init; }
    public Guid? Organization { get; init; }

    /// <summary>With <see cref="Group"/>: the attribute's key.</summary>
    public string? Attribute { get; init; }

    public string? Group { get; init; }

    public bool IsEmpty => Phase is null && Organization is null && (Attribute is null || Group is null);
}
