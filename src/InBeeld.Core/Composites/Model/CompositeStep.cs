using InBeeld.Core.Interviews;

namespace InBeeld.Core.Composites.Model;

/// <summary>
/// One step of a composite journey. Texts are the researcher's own once edited; until then they are
/// read from the real steps named in <see cref="DescriptionStepId"/>, <see cref="PainPointStepId"/> and
/// <see cref="BrightSpotStepId"/>, so no participant text is copied. <see cref="Edited"/> marks a step
/// the researcher changed; its provenance (<see cref="Sources"/>) stays as it was.
/// </summary>
public sealed class CompositeStep
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid CompositeId { get; set; }
    public int Order { get; set; }
    public Guid? PhaseId { get; set; }
    public Guid? OrganizationId { get; set; }
    public Guid? ChannelId { get; set; }
    public int? Experience { get; set; }
    public HandoverKind Handover { get; set; }
    public int? WaitingDays { get; set; }

    /// <summary>How many member interviews have a step here ("7 van 9 interviews").</summary>
    public int SupportCount { get; set; }

    public Guid? DescriptionStepId { get; set; }
    public Guid? PainPointStepId { get; set; }
    public Guid? BrightSpotStepId { get; set; }

    /// <summary>The researcher's text; null means "as in the real step".</summary>
    public string? Description { get; set; }
    public string? PainPoint { get; set; }
    public string? BrightSpot { get; set; }

    public bool Edited { get; set; }
    public DateTimeOffset? EditedAt { get; set; }
    public string? EditedBy { get; set; }

    public List<CompositeStepSource> Sources { get; set; } = [];
    public List<CompositeStepQuote> Quotes { get; set; } = [];
}
