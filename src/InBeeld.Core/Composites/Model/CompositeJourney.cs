namespace InBeeld.Core.Composites.Model;

/// <summary>
/// A group's composite journey. <see cref="SourceFingerprint"/> sums up the member interviews as they
/// were when it was made (<see cref="SourceFingerprint"/> in Core); when the current sources give
/// another fingerprint, the composite is out of date ("verouderd"). Erasure sets
/// <see cref="OutdatedSince"/> itself, because the erased interview can no longer be compared.
/// </summary>
public sealed class CompositeJourney
{
    public const string ErasureReason = "erasure";

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid StudyId { get; set; }
    public Guid GroupId { get; set; }
    public Guid BackboneInterviewId { get; set; }
    public int MemberCount { get; set; }

    /// <summary>Member steps that found no place in a composite step when it was made.</summary>
    public int UnplacedStepCount { get; set; }

    public string SourceFingerprint { get; set; } = "";
    public DateTimeOffset? OutdatedSince { get; set; }
    public string? OutdatedReason { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public List<CompositeStep> Steps { get; set; } = [];
}
