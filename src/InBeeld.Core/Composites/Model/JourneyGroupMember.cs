namespace InBeeld.Core.Composites.Model;

/// <summary>An interview in a group. An interview is in at most one group (one grouping per study).</summary>
public sealed class JourneyGroupMember
{
    public Guid GroupId { get; set; }
    public Guid InterviewId { get; set; }

    /// <summary>True when the researcher put it here (moved, split, merged), false when InBeeld proposed it.</summary>
    public bool MovedByResearcher { get; set; }
}
