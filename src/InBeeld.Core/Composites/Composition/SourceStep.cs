using InBeeld.Core.Interviews;

namespace InBeeld.Core.Composites.Composition;

/// <summary>One real step of a member interview, with what the builder weighs and the texts it may point to.</summary>
public sealed record SourceStep
{
    public required Guid Id { get; init; }
    public Guid? PhaseId { get; init; }
    public Guid? OrganizationId { get; init; }
    public Guid? ChannelId { get; init; }
    public string Description { get; init; } = "";
    public int? Experience { get; init; }
    public string? PainPoint { get; init; }
    public string? BrightSpot { get; init; }
    public HandoverKind Handover { get; init; }
    public int? WaitingDays { get; init; }
    public IReadOnlyList<SourceQuote> Quotes { get; init; } = [];
}
