namespace InBeeld.Core.Composites.Composition;

/// <summary>Rules of the composite builder.</summary>
public sealed record CompositeOptions
{
    /// <summary>
    /// A backbone step becomes a composite step when at least this share of the group's interviews
    /// has a step aligned to it (rounded up; at least one). Half: the typical route is what most share.
    /// </summary>
    public double MinSupport { get; init; } = 0.5;

    /// <summary>Quotes kept per composite step.</summary>
    public int MaxQuotes { get; init; } = 3;
}
