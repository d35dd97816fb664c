namespace InBeeld.Data.EventLogs;

/// <summary>
/// A study's secret for pseudonymising case ids, encrypted (see <see cref="ISecretProtector"/>):
/// with the database alone a pseudonym cannot be recomputed from a list of BSNs.
/// </summary>
public sealed class EventLogKey
{
    public Guid StudyId { get; set; }
    public required string Protected { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
