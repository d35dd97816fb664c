namespace InBeeld.Core.EventLogs.Comparison;

/// <summary>A log's handovers between the study's organisations (mapped), with its cases and the cases that dropped out after the quiet period.</summary>
public sealed record LogHandovers(int Cases, int DroppedCases, IReadOnlyDictionary<(Guid From, Guid To), LogHandover> Pairs);
