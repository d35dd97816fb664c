using InBeeld.Core.EventLogs.Mining;
using InBeeld.Core.EventLogs.Model;

namespace InBeeld.Core.Tests.EventLogs.Mining;

public sealed class DfgMinerTests
{
    /// <summary>
    /// L1 of van der Aalst, Process Mining: Data Science in Action (2nd ed., 2016), §6.2:
    /// [⟨a,b,c,d⟩³, ⟨a,c,b,d⟩², ⟨a,e,d⟩]. Directly-follows counts by hand:
    /// a→b 3, a→c 2, a→e 1, b→c 3, c→b 2, b→d 2, c→d 3, e→d 1; every case starts with a and ends with d.
    /// </summary>
    internal static EventLog L1() => LogBuilding.Traces("abcd", "abcd", "abcd", "acbd", "acbd", "aed");

    [Fact]
    public void Mine_L1_GivesTheHandCountedGraph()
    {
        var dfg = DfgMiner.Mine(L1());

        Edges(dfg).ShouldBe(["a→b 3", "b→c 3", "c→d 3", "a→c 2", "b→d 2", "c→b 2", "a→e 1", "e→d 1"]);
        dfg.StartActivities.Select(s => (dfg.ActivityNames[s.Activity], s.Count)).ShouldBe([("a", 6)]);
        dfg.EndActivities.Select(s => (dfg.ActivityNames[s.Activity], s.Count)).ShouldBe([("d", 6)]);
        dfg.ActivityCounts.ShouldBe([6, 5, 5, 6, 1]); // a, b, c, d, e in order of first appearance
        dfg.CaseCount.ShouldBe(6);
    }

    [Fact]
    public void Mine_WaitingTimes_MeanMedianAndP90PerEdge()
    {
        // Four cases a→b with waits of 1, 2, 3 and 4 minutes. Hyndman–Fan 7: median 2.5, p90 at rank 2.7 → 3 + 0.7 = 3.7 minutes.
        var log = LogBuilding.Timed(
            [("a", 0, null), ("b", 1, null)],
            [("a", 0, null), ("b", 2, null)],
            [("a", 0, null), ("b", 3, null)],
            [("a", 0, null), ("b", 4, null)]);

        var waiting = DfgMiner.Mine(log).Edges.Single().Waiting;

        waiting.Count.ShouldBe(4);
        waiting.Mean.ShouldBe(TimeSpan.FromMinutes(2.5));
        waiting.Median.ShouldBe(TimeSpan.FromMinutes(2.5));
        waiting.P90.ShouldBe(TimeSpan.FromMinutes(3.7));
        waiting.Min.ShouldBe(TimeSpan.FromMinutes(1));
        waiting.Max.ShouldBe(TimeSpan.FromMinutes(4));
    }

    [Fact]
    public void Mine_WaitRunsFromCompletionToTheNextStart_WithLifecycle()
    {
        var builder = new EventLogBuilder("x");
        var @case = builder.AddCase(LogBuilding.CaseId(1));
        var a = builder.Activities.Intern("a");
        var b = builder.Activities.Intern("b");
        var t0 = LogBuilding.Origin.Ticks;
        builder.AddEvent(@case, a, -1, -1, t0, LifecycleTransition.Start);
        builder.AddEvent(@case, a, -1, -1, t0 + TimeSpan.FromHours(1).Ticks, LifecycleTransition.Complete);
        builder.AddEvent(@case, b, -1, -1, t0 + TimeSpan.FromHours(5).Ticks, LifecycleTransition.Start);
        builder.AddEvent(@case, b, -1, -1, t0 + TimeSpan.FromHours(6).Ticks, LifecycleTransition.Complete);

        var edge = DfgMiner.Mine(builder.Build()).Edges.Single();

        edge.Count.ShouldBe(1, "start and complete of one activity are one occurrence, not a self-loop");
        edge.Waiting.Median.ShouldBe(TimeSpan.FromHours(4));
    }

    [Fact]
    public void Mine_EmptyAndOneEventCases()
    {
        var log = LogBuilding.Traces("", "a", "ab");

        var dfg = DfgMiner.Mine(log);

        dfg.EmptyCases.ShouldBe(1);
        Edges(dfg).ShouldBe(["a→b 1"]);
        dfg.StartActivities.Select(s => s.Count).ShouldBe([2]);
        dfg.EndActivities.Select(s => (dfg.ActivityNames[s.Activity], s.Count)).ShouldBe([("a", 1), ("b", 1)]);
    }

    [Fact]
    public void Mine_SelfLoops_AreEdges()
    {
        Edges(DfgMiner.Mine(LogBuilding.Traces("aab"))).ShouldBe(["a→a 1", "a→b 1"]);
    }

    [Fact]
    public void WithMinimumEdgeCount_DropsRareEdges()
    {
        Edges(DfgMiner.Mine(L1()).WithMinimumEdgeCount(3)).ShouldBe(["a→b 3", "b→c 3", "c→d 3"]);
    }

    [Fact]
    public void Mine_ManyActivities_UsesTheSparsePath_WithTheSameResult()
    {
        // 3,000 activities: beyond the dense table; a chain x0 → x1 → … → x2999.
        var names = Enumerable.Range(0, 3000).Select(i => $"x{i}").ToArray();
        var builder = new EventLogBuilder("x");
        var @case = builder.AddCase(LogBuilding.CaseId(1));
        for (var i = 0; i < names.Length; i++)
        {
            builder.AddEvent(@case, builder.Activities.Intern(names[i]), -1, -1, LogBuilding.Origin.Ticks + i, LifecycleTransition.Complete);
        }

        var dfg = DfgMiner.Mine(builder.Build());

        dfg.Edges.Count.ShouldBe(2999);
        dfg.Edges.ShouldAllBe(e => e.To == e.From + 1 && e.Count == 1);
    }

    internal static string[] Edges(DirectlyFollowsGraph dfg) =>
        [.. dfg.Edges.Select(e => $"{dfg.ActivityNames[e.From]}→{dfg.ActivityNames[e.To]} {e.Count}")];
}
