namespace InBeeld.Core.EventLogs.Generation;

/// <summary>One generated case: an id (fictitious) and its events in time order.</summary>
public sealed record SyntheticCase(string Id, IReadOnlyList<SyntheticEvent> Events);
