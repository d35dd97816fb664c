using InBeeld.Core.EventLogs.Mining;
using InBeeld.Core.EventLogs.Model;
using InBeeld.Core.EventLogs.Rendering;

namespace InBeeld.Web.Pages.EventLogs;

/// <summary>Everything the log page and its exports show, computed once from the (filtered) log.</summary>
public sealed record LogAnalysis
{
    public const int VariantsShown = 25;

    public required EventLog Log { get; init; }
    public required LogStatistics Statistics { get; init; }
    public required DirectlyFollowsGraph Graph { get; init; }
    public required string MapSvg { get; init; }
    public required VariantSet Variants { get; init; }
    public required IReadOnlyList<OrganizationHandover> Waits { get; init; }

    /// <summary>Null until the user picked at least one outcome.</summary>
    public DropOutReport? DropOut { get; init; }

    public static LogAnalysis Compute(EventLog log, string title, LogFilterInput filters)
    {
        var graph = DfgMiner.Mine(log).WithMinimumEdgeCount(filters.EffectiveMinEdge);
        var outcomes = filters.Outcomes.Where(o => !string.IsNullOrWhiteSpace(o)).ToArray();
        return new LogAnalysis
        {
            Log = log,
            Statistics = LogStatistics.Compute(log),
            Graph = graph,
            MapSvg = SvgDfgWriter.Write(DfgLayouter.Layout(graph, title)),
            Variants = VariantMiner.Mine(log),
            Waits = OrganizationWaits.Compute(log),
            DropOut = outcomes.Length == 0 ? null : DropOutAnalysis.Compute(log, outcomes, filters.QuietPeriod),
        };
    }
}
