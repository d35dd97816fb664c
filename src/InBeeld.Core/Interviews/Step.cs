namespace InBeeld.Core.Interviews;

/// <summary>One step (contactmoment) of a route, with the handover to the step after it.</summary>
public sealed class Step
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid InterviewId { get; set; }

    /// <summary>Zero-based position in the route; unique within the interview.</summary>
    public int Order { get; set; }

    public Guid? PhaseId { get; set; }
    public Guid? OrganizationId { get; set; }
    public Guid? ChannelId { get; set; }
    public Guid? TurningPointId { get; set; }

    public required string Description { get; set; }

    /// <summary>When it happened, as precisely as the participant remembered it.</summary>
    public DateOnly? Date { get; set; }
    public DatePrecision DatePrecision { get; set; }

    /// <summary>Beleving from −2 (very bad) to +2 (very good); null when not asked or not told.</summary>
    public int? Experience { get; set; }
    public string? PainPoint { get; set; }
    public string? BrightSpot { get; set; }

    public HandoverKind Handover { get; set; }

    /// <summary>Days between this step and the next one, if known.</summary>
    public int? WaitingDays { get; set; }

    public List<Quote> Quotes { get; set; } = [];
}
