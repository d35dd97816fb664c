using InBeeld.Core.Composites.Model;
using InBeeld.Core.Interviews;
using InBeeld.Core.Rendering;

namespace InBeeld.Data.Composites;

/// <summary>A group's composite journey as pages, maps and the CLI show it: names and texts resolved, freshness decided.</summary>
public sealed record CompositeView
{
    public required Guid StudyId { get; init; }
    public required string StudyTitle { get; init; }
    public required JourneyGroup Group { get; init; }

    /// <summary>How many interviews the group has now.</summary>
    public required int MemberCount { get; init; }

    public CompositeJourney? Composite { get; init; }

    /// <summary>True when the sources changed since the composite was made, or erasure flagged it.</summary>
    public bool Outdated { get; init; }

    public IReadOnlyList<CompositeStepView> Steps { get; init; } = [];

    /// <summary>The persona standing for this group (first by name), if any: the map then shows a fictitious person.</summary>
    public string? PersonaName { get; init; }

    /// <summary>The map of the composite (null without a composite).</summary>
    public JourneyMapModel? Map { get; init; }
}

/// <summary>One composite step, resolved. <see cref="Sources"/> and <see cref="Interviews"/> count current provenance.</summary>
public sealed record CompositeStepView
{
    public required Guid Id { get; init; }
    public required int Number { get; init; }
    public Guid? PhaseId { get; init; }
    public Guid? OrganizationId { get; init; }
    public string? Phase { get; init; }
    public string? Organization { get; init; }
    public string? Channel { get; init; }
    public required string Description { get; init; }
    public string? PainPoint { get; init; }
    public string? BrightSpot { get; init; }
    public int? Experience { get; init; }
    public HandoverKind Handover { get; init; }
    public int? WaitingDays { get; init; }
    public bool Edited { get; init; }

    /// <summary>True when the description is the researcher's own text rather than the source step's.</summary>
    public bool OwnDescription { get; init; }

    public int Sources { get; init; }
    public int Interviews { get; init; }
    public IReadOnlyList<string> Quotes { get; init; } = [];
}
