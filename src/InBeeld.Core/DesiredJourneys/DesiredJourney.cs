namespace InBeeld.Core.DesiredJourneys;

/// <summary>
/// A desired journey (gewenste klantreis): a copy of a current journey that the work group changes
/// into the service it intends to give. The copy keeps what the current journey was, so the map can
/// draw both hartslag lines and every change stays visible, even after the source is edited.
/// </summary>
public sealed class DesiredJourney
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid StudyId { get; set; }
    public required string Title { get; set; }
    public string? Description { get; set; }

    public DesiredSourceKind SourceKind { get; set; }

    /// <summary>The interview or composite journey copied; null once that source was erased.</summary>
    public Guid? SourceId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    public Guid? CreatedByUserId { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    public List<DesiredStep> Steps { get; set; } = [];
}
