namespace InBeeld.Core.EventLogs.Mining;

/// <summary>One variant: a sequence of activities (indexes), how many cases follow it and their share of all cases.</summary>
public sealed record Variant(IReadOnlyList<int> Activities, int Count, double Share, int FirstCase);
