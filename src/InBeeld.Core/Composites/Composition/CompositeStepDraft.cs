using InBeeld.Core.Interviews;

namespace InBeeld.Core.Composites.Composition;

/// <summary>
/// A proposed composite step. Structure (phase, organisation, channel, typical experience, handover
/// and waiting time) is computed from the sources; texts are not copied but pointed to
/// (<see cref="DescriptionFrom"/>, <see cref="PainPointFrom"/>, <see cref="BrightSpotFrom"/>), so
/// nothing a participant said is duplicated until a researcher writes the composite's own words.
/// </summary>
public sealed record CompositeStepDraft
{
    public required int Order { get; init; }
    public Guid? PhaseId { get; init; }
    public Guid? OrganizationId { get; init; }
    public Guid? ChannelId { get; init; }

    /// <summary>Lower median of the sources' experience (a composite never looks rosier than its middle).</summary>
    public int? Experience { get; init; }

    public HandoverKind Handover { get; init; }

    /// <summary>Lower median of the known waiting times.</summary>
    public int? WaitingDays { get; init; }

    public required SourceStepRef DescriptionFrom { get; init; }
    public SourceStepRef? PainPointFrom { get; init; }
    public SourceStepRef? BrightSpotFrom { get; init; }

    /// <summary>Every real step this composite step stands for, one per interview, in interview order.</summary>
    public required IReadOnlyList<SourceStepRef> Sources { get; init; }

    /// <summary>The most telling quotes, best first (at most one per interview).</summary>
    public IReadOnlyList<SourceQuoteRef> Quotes { get; init; } = [];
}
