namespace InBeeld.Core.EventLogs.Model;

/// <summary>
/// How a log's vocabulary maps onto a study's: activities onto phases and organisations, and the
/// log's organisation or resource names onto organisations (the mapping table the user edits).
/// Names match exactly. Unmapped names leave the step without phase or organisation.
/// </summary>
public sealed record EventLogMapping
{
    public static EventLogMapping Empty { get; } = new();

    /// <summary>Activity → phase id.</summary>
    public IReadOnlyDictionary<string, Guid> PhaseByActivity { get; init; } = new Dictionary<string, Guid>();

    /// <summary>Activity → organisation id; wins over the event's own organisation or resource.</summary>
    public IReadOnlyDictionary<string, Guid> OrganizationByActivity { get; init; } = new Dictionary<string, Guid>();

    /// <summary>The log's organisation name (XES org:group, a CSV column) → organisation id.</summary>
    public IReadOnlyDictionary<string, Guid> OrganizationByLogOrganization { get; init; } = new Dictionary<string, Guid>();

    /// <summary>The log's resource name (XES org:resource) → organisation id; used when the organisation gives none.</summary>
    public IReadOnlyDictionary<string, Guid> OrganizationByResource { get; init; } = new Dictionary<string, Guid>();
}
