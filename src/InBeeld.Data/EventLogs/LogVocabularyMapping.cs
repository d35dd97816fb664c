namespace InBeeld.Data.EventLogs;

/// <summary>
/// One row of a study's mapping table: a name used in its logs (activity, organisation or resource)
/// onto the study's organisation and, for activities, phase. Kept per study, not per log, because
/// the logs of one chain partner share their vocabulary.
/// </summary>
public sealed class LogVocabularyMapping
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid StudyId { get; set; }
    public LogMappingKind Kind { get; set; }
    public required string Name { get; set; }
    public Guid? OrganizationId { get; set; }
    public Guid? PhaseId { get; set; }
}
