namespace InBeeld.Core.EventLogs.Mining;

/// <summary>
/// Cases that ended without an outcome. <see cref="Running"/> cases also lack an outcome but had
/// an event within the chosen quiet period before the end of the log, so they may still go on.
/// </summary>
public sealed record DropOutReport
{
    public required int Cases { get; init; }
    public required int EmptyCases { get; init; }
    public required int WithOutcome { get; init; }
    public required int Running { get; init; }
    public required int DroppedOut { get; init; }

    /// <summary>Drop-outs per last activity (index into the log's activities), most first.</summary>
    public required IReadOnlyList<DropOutPoint> ByLastActivity { get; init; }

    /// <summary>Drop-outs per organisation of the last occurrence (index into the log's organisations; unknown left out).</summary>
    public required IReadOnlyList<DropOutPoint> ByLastOrganization { get; init; }

    /// <summary>Time under way of all drop-outs.</summary>
    public required DurationStatistics TimeUnderWay { get; init; }

    /// <summary>Outcome names given that no activity in the log has (probably a typing error).</summary>
    public required IReadOnlyList<string> UnknownOutcomes { get; init; }
}
