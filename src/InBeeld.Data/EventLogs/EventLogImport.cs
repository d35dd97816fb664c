using InBeeld.Core.EventLogs.Reading;

namespace InBeeld.Data.EventLogs;

/// <summary>What is known about a log besides its events when it is stored in a study.</summary>
public sealed record EventLogImport
{
    public required Guid StudyId { get; init; }
    public required string Name { get; init; }
    public required EventLogFormat Format { get; init; }
    public required string SourceName { get; init; }
    public required string ImportedBy { get; init; }
    public IReadOnlyCollection<string> DroppedAttributes { get; init; } = [];
}
