using InBeeld.Core.Interviews;

namespace InBeeld.Core.Analysis.Evidence;

/// <summary>
/// Says which journeys, steps and codings stand behind a figure, without listing them: figures stay
/// cheap to compute for 10,000 interviews, and the ids are resolved only when someone follows the
/// figure (<see cref="EvidenceResolver"/>). Unset criteria match everything.
/// </summary>
/// <remarks>
/// A journey qualifies when it meets every journey criterion and, if any step criterion is set, has
/// at least one step meeting all step criteria; those steps are its evidence.
/// </remarks>
public sealed record EvidenceFilter
{
    public static EvidenceFilter All { get; } = new();

    // Step criteria.
    public Match? Organization { get; init; }
    public Match? Phase { get; init; }
    public Match? TurningPoint { get; init; }

    /// <summary>The step's handover to the next step is one of these.</summary>
    public IReadOnlyList<HandoverKind>? Handovers { get; init; }

    /// <summary>The step is followed by a step with this organisation (a handover between organisations).</summary>
    public Match? NextOrganization { get; init; }

    public int? ExperienceAtLeast { get; init; }
    public int? ExperienceAtMost { get; init; }

    /// <summary>The step is one of its route's lowest points, and that point is negative.</summary>
    public bool LowPoint { get; init; }

    /// <summary>The step is one of its route's highest points, and that point is positive.</summary>
    public bool BrightSpot { get; init; }

    /// <summary>The step is the last of its route.</summary>
    public bool LastStep { get; init; }

    /// <summary>The step is the second-to-last of its route: its handover is the route's last.</summary>
    public bool LastHandover { get; init; }

    // Journey criteria.

    /// <summary>The journey has a coding with this code or one of its descendants.</summary>
    public Guid? Code { get; init; }

    /// <summary>And also this code (co-occurrence).</summary>
    public Guid? AlsoCode { get; init; }

    /// <summary>With <see cref="Group"/>: the participant attribute to group by.</summary>
    public string? Attribute { get; init; }

    /// <summary>The journey's value of <see cref="Attribute"/>; null means no value.</summary>
    public string? Group { get; init; }

    /// <summary>The route ends without an outcome (as <see cref="AnalysisData.Outcome"/> defines it).</summary>
    public bool WithoutOutcome { get; init; }

    /// <summary>The mean of the route's told experiences is below zero.</summary>
    public bool NegativeOnAverage { get; init; }

    internal bool HasStepCriteria =>
        Organization is not null || Phase is not null || TurningPoint is not null || Handovers is not null || NextOrganization is not null
        || ExperienceAtLeast is not null || ExperienceAtMost is not null || LowPoint || BrightSpot || LastStep || LastHandover;
}
