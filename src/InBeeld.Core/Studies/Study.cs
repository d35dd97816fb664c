namespace InBeeld.Core.Studies;

/// <summary>
/// One research trajectory (onderzoek): who it is about, what it asks, and the vocabulary
/// (organisations, phases, turning points, channels, participant attributes) its interviews use.
/// </summary>
public sealed class Study
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public required string Title { get; set; }
    public string? TargetGroup { get; set; }
    public string? CentralQuestion { get; set; }
    public DateOnly? PeriodStart { get; set; }
    public DateOnly? PeriodEnd { get; set; }

    /// <summary>Marks demo or generated studies so no one mistakes them for real research.</summary>
    public bool IsFictitious { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>
    /// Bewaartermijn: months after an interview's date that its raw content (transcript, quotes,
    /// free texts, contact details) is kept; null when the study has not set one yet.
    /// </summary>
    public int? RetentionMonths { get; set; }

    /// <summary>
    /// How often (in days) the work group reviews the improvement actions; null uses the default of
    /// six weeks (<see cref="Actions.ActionMonitor.DefaultReviewCadenceDays"/>).
    /// </summary>
    public int? ReviewCadenceDays { get; set; }

    /// <summary>The earlier round this study re-measures (hermeting), e.g. last year's study of the same route.</summary>
    public Guid? PreviousStudyId { get; set; }

    public List<StudyMunicipality> Municipalities { get; set; } = [];
    public List<Organization> Organizations { get; set; } = [];
    public List<Phase> Phases { get; set; } = [];
    public List<TurningPoint> TurningPoints { get; set; } = [];
    public List<Channel> Channels { get; set; } = [];
    public List<Participants.AttributeDefinition> AttributeDefinitions { get; set; } = [];
}
