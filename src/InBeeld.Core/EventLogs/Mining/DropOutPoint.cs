namespace InBeeld.Core.EventLogs.Mining;

/// <summary>
/// Where cases dropped out: their last activity (or organisation), how many, their share of all
/// drop-outs, and how long they had been under way (first start to last completion).
/// </summary>
public sealed record DropOutPoint(int Index, int Count, double Share, DurationStatistics TimeUnderWay);
