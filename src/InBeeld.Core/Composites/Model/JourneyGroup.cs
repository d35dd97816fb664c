namespace InBeeld.Core.Composites.Model;

/// <summary>One journey type: a named group of interviews.</summary>
public sealed class JourneyGroup
{
    public const int MaxNameLength = 120;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid StudyId { get; set; }
    public Guid GroupingId { get; set; }

    /// <summary>Position in the list (1, 2, …): groups are named "Groep 1" until the researcher names them.</summary>
    public int Number { get; set; }

    public string Name { get; set; } = "";
    public GroupOrigin Origin { get; set; }

    /// <summary>Mean silhouette of the members when proposed; null once membership changed.</summary>
    public double? Silhouette { get; set; }

    /// <summary>The interview whose route stands for the group (PAM's medoid) when proposed.</summary>
    public Guid? MedoidInterviewId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
