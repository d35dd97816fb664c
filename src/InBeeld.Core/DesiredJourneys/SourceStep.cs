using InBeeld.Core.Interviews;

namespace InBeeld.Core.DesiredJourneys;

/// <summary>A step of the journey being copied, whatever it came from (an interview or a composite journey).</summary>
public sealed record SourceStep(
    Guid Id,
    Guid? PhaseId,
    Guid? OrganizationId,
    Guid? ChannelId,
    string Description,
    int? Experience,
    HandoverKind Handover,
    int? WaitingDays);
