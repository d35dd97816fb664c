using InBeeld.Core.EventLogs.Mining;
using InBeeld.Core.EventLogs.Model;
using InBeeld.Core.EventLogs.Rendering;

namespace InBeeld.Web.Pages.EventLogs;

/// <summary>
/// Everything the log page and its exports show, computed once from the (filtered) log — in memory
/// (<see cref="Compute"/>) or inside PostgreSQL (<see cref="LogMining"/>), with the same figures.
/// </summary>
public sealed record LogAnalysis
{
    public const int VariantsShown = 25;

    /// <summary>The filtered log's size and names.</summary>
    public required LogSummary Log { get; init; }

    /// <summary>The log before filters: its activity names are the outcome choices.</summary>
    public required LogSummary Full { get; init; }

    /// <summary>The filtered log itself when it was loaded; null when the figures were computed in the database.</summary>
    public EventLog? Loaded { get; init; }

    /// <summary>The whole log before filters, when it was loaded (the attribute filter lists its keys and values from it).</summary>
    public EventLog? LoadedFull { get; init; }

    public required LogStatistics Statistics { get; init; }
    public required DirectlyFollowsGraph Graph { get; init; }
    public required string MapSvg { get; init; }

    /// <summary>The variants; <see cref="VariantSet.VariantOfCase"/> is empty when computed in the database.</summary>
    public required VariantSet Variants { get; init; }

    public required IReadOnlyList<OrganizationHandover> Waits { get; init; }

    /// <summary>Null until the user picked at least one outcome.</summary>
    public DropOutReport? DropOut { get; init; }

    /// <summary>The log's handovers between the study's organisations, when computed in the database (in memory they come from <see cref="Loaded"/>).</summary>
    public Core.EventLogs.Comparison.LogHandovers? Handovers { get; init; }

    /// <summary>How the figures were made, for the note on the page.</summary>
    public LogMiningPath Path { get; init; } = LogMiningPath.InMemory;

    public static LogAnalysis Compute(EventLog full, EventLog log, string title, LogFilterInput filters)
    {
        var graph = DfgMiner.Mine(log).WithMinimumEdgeCount(filters.EffectiveMinEdge);
        var outcomes = Outcomes(filters);
        return new LogAnalysis
        {
            Log = LogSummary.Of(log),
            Full = LogSummary.Of(full),
            Loaded = log,
            Statistics = LogStatistics.Compute(log),
            Graph = graph,
            MapSvg = SvgDfgWriter.Write(DfgLayouter.Layout(graph, title)),
            Variants = VariantMiner.Mine(log),
            Waits = OrganizationWaits.Compute(log),
            DropOut = outcomes.Length == 0 ? null : DropOutAnalysis.Compute(log, outcomes, filters.QuietPeriod),
        };
    }

    /// <summary>The outcome activities the user ticked (blank ones ignored).</summary>
    internal static string[] Outcomes(LogFilterInput filters) => [.. filters.Outcomes.Where(o => !string.IsNullOrWhiteSpace(o))];
}
