using InBeeld.Core.Interviews;

namespace InBeeld.Core.DesiredJourneys;

/// <summary>What the work group fills in for one desired step.</summary>
public sealed record DesiredStepInput
{
    public string? Description { get; init; }
    public Guid? PhaseId { get; init; }
    public Guid? OrganizationId { get; init; }
    public Guid? ChannelId { get; init; }
    public HandoverKind Handover { get; init; }
    public int? WaitingDays { get; init; }
    public int? TargetExperience { get; init; }
    public string? Note { get; init; }
}
