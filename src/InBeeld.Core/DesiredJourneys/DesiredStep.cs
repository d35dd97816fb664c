using InBeeld.Core.Interviews;

namespace InBeeld.Core.DesiredJourneys;

/// <summary>
/// One step of a desired journey. The <c>Current…</c> values are the copied step as it was (all null
/// for an added step); the others are what it should become.
/// </summary>
public sealed class DesiredStep
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid DesiredJourneyId { get; set; }

    /// <summary>Zero-based position; removed steps keep theirs so the map shows where they were.</summary>
    public int Order { get; set; }

    /// <summary>The interview step or composite step copied; null for an added step or an erased source.</summary>
    public Guid? SourceStepId { get; set; }

    public bool IsAdded { get; set; }
    public bool IsRemoved { get; set; }

    public Guid? PhaseId { get; set; }
    public Guid? OrganizationId { get; set; }
    public Guid? ChannelId { get; set; }
    public required string Description { get; set; }
    public HandoverKind Handover { get; set; }
    public int? WaitingDays { get; set; }

    /// <summary>The experience the step should have after the improvements (−2 … +2).</summary>
    public int? TargetExperience { get; set; }

    /// <summary>Why this step changes, in the work group's words.</summary>
    public string? Note { get; set; }

    public Guid? CurrentPhaseId { get; set; }
    public Guid? CurrentOrganizationId { get; set; }
    public string? CurrentDescription { get; set; }
    public int? CurrentExperience { get; set; }
    public HandoverKind? CurrentHandover { get; set; }
    public int? CurrentWaitingDays { get; set; }

    public StepChange Change =>
        IsRemoved ? StepChange.Removed
        : IsAdded ? StepChange.Added
        : PhaseId != CurrentPhaseId || OrganizationId != CurrentOrganizationId || Description != CurrentDescription
            || Handover != CurrentHandover || WaitingDays != CurrentWaitingDays ? StepChange.Changed
        : StepChange.Unchanged;
}
