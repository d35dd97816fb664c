using InBeeld.Core.EventLogs.Conformance;
using InBeeld.Core.EventLogs.Model;

namespace InBeeld.Core.Tests.EventLogs.Conformance;

public sealed class AlignmentTests
{
    [Fact]
    public void N2_SwappedEvents_CostTwo()
    {
        // ⟨a,d,c,e,h⟩ on N2: d must follow b or c, so one d is a log move and one a model move
        // (or c the other way round): cost 2. Cheapest model run a,b,d,e,g: 5. Fitness 1 − 2/(5+5) = 0.8.
        var result = Aligner.Align(Models.Pnml(Models.N2), LogBuilding.Traces("adceh"));

        var alignment = result.Variants.Single();
        alignment.Cost.ShouldBe(2);
        alignment.Fitness.ShouldBe(0.8, 1e-12);
        result.CheapestModelRun.ShouldBe(5);
        alignment.Moves.Count(m => m.Kind == MoveKind.Synchronous).ShouldBe(4);
    }

    [Fact]
    public void N2_FittingTraces_CostNothing()
    {
        var result = Aligner.Align(Models.Pnml(Models.N2), LogBuilding.Traces("abdeg", "acdeh"));

        result.Variants.ShouldAllBe(v => v.Cost == 0 && v.Fitness == 1);
        result.Fitness.ShouldBe(1);
        result.FittingCases.ShouldBe(2);
    }

    [Fact]
    public void EmptyCase_IsTheCheapestRunAsModelMoves()
    {
        var alignment = Aligner.Align(Models.Pnml(Models.N2), LogBuilding.Traces("")).Variants.Single();

        alignment.Cost.ShouldBe(5);
        alignment.Fitness.ShouldBe(0);
        alignment.Moves.ShouldAllBe(m => m.Kind == MoveKind.ModelOnly);
    }

    [Fact]
    public void UnknownActivity_IsALogMove()
    {
        var result = Aligner.Align(Models.Pnml(Models.N2), LogBuilding.Traces("abxdeg"));

        result.Variants.Single().Cost.ShouldBe(1);
        result.Variants.Single().Moves.Single(m => m.Kind == MoveKind.LogOnly).Activity.ShouldBe("x");
        result.UnknownActivities.ShouldBe(["x"]);
    }

    [Fact]
    public void Parallel_AnyOrderFits_AndAMissingBranchIsSkipped()
    {
        var result = Aligner.Align(Models.Bpmn(Models.Parallel), LogBuilding.Traces("ABCD", "ACBD", "ABD", "ABD"));

        Costs(result).ShouldBe([0, 0, 1, 1]);
        var deviation = result.Deviations.Single();
        deviation.ShouldBe(new ActivityDeviation("C", CasesSkipped: 2, CasesInserted: 0, CasesAffected: 2, Skipped: 2, Inserted: 0));
    }

    [Fact]
    public void ExclusiveGatewaysInALoop_KeepTheirDirection()
    {
        // D is only reachable after at least one B; B may repeat.
        var net = Models.Bpmn(Models.Loop);

        var result = Aligner.Align(net, LogBuilding.Traces("ABD", "ABBBD", "AC", "AD"));

        Costs(result).ShouldBe([0, 0, 0, 1]);
        result.Deviations.Single().ShouldBe(new ActivityDeviation("B", 1, 0, 1, 1, 0));
    }

    [Fact]
    public void Inclusive_AnyNonEmptyCombination()
    {
        var result = Aligner.Align(Models.Bpmn(Models.Inclusive), LogBuilding.Traces("ABD", "ACD", "ABCD", "ACBD", "AD"));

        Costs(result).ShouldBe([0, 0, 0, 0, 1]);
    }

    [Fact]
    public void LifecycleStartAndComplete_AlignAsOneActivity()
    {
        var builder = new EventLogBuilder("x");
        var @case = builder.AddCase(LogBuilding.CaseId(1));
        var t = LogBuilding.Origin.Ticks;
        foreach (var (name, offset) in new[] { ("a", 0), ("c", 10), ("d", 20), ("e", 30), ("h", 40) })
        {
            var activity = builder.Activities.Intern(name);
            builder.AddEvent(@case, activity, -1, -1, t + offset, LifecycleTransition.Start);
            builder.AddEvent(@case, activity, -1, -1, t + offset + 5, LifecycleTransition.Complete);
        }

        var result = Aligner.Align(Models.Pnml(Models.N2), builder.Build());

        result.Variants.Single().Cost.ShouldBe(0);
    }

    [Fact]
    public void DuplicateLabels_TheRightTransitionIsUsed()
    {
        // Two transitions labelled "a": one at the start, one after b.
        var net = Models.Pnml("""
            <pnml><net id="n"><page id="p">
              <place id="p0"><initialMarking><text>1</text></initialMarking></place><place id="p1"/><place id="p2"/><place id="p3"/>
              <transition id="a1"><name><text>a</text></name></transition>
              <transition id="b"><name><text>b</text></name></transition>
              <transition id="a2"><name><text>a</text></name></transition>
              <arc id="1" source="p0" target="a1"/><arc id="2" source="a1" target="p1"/>
              <arc id="3" source="p1" target="b"/><arc id="4" source="b" target="p2"/>
              <arc id="5" source="p2" target="a2"/><arc id="6" source="a2" target="p3"/>
            </page></net></pnml>
            """);

        var alignment = Aligner.Align(net, LogBuilding.Traces("aba")).Variants.Single();

        alignment.Cost.ShouldBe(0);
        alignment.Moves.Select(m => net.Transitions[m.Transition].Id).ShouldBe(["a1", "b", "a2"]);
    }

    [Fact]
    public void HeuristicSearch_FindsTheSameCostsAsDijkstra_OnRandomTraces()
    {
        // The marking-equation bound must never overestimate: A* with it must give Dijkstra's optimum.
        var random = new Random(12);
        var traces = Enumerable.Range(0, 60).Select(_ => new string([.. Enumerable.Range(0, random.Next(0, 9)).Select(_ => "ABCDx"[random.Next(5)])])).ToArray();
        foreach (var model in new[] { Models.Bpmn(Models.Parallel), Models.Bpmn(Models.Loop), Models.Bpmn(Models.Inclusive) })
        {
            var log = LogBuilding.Traces(traces);

            var astar = Aligner.Align(model, log, new AlignmentOptions { UseHeuristic = true });
            var dijkstra = Aligner.Align(model, log, new AlignmentOptions { UseHeuristic = false });

            Costs(astar).ShouldBe(Costs(dijkstra));
            astar.Variants.Sum(v => v.StatesVisited).ShouldBeLessThanOrEqualTo(dijkstra.Variants.Sum(v => v.StatesVisited));
        }
    }

    [Fact]
    public void Deviations_AreRankedByCasesAffected()
    {
        // Skipped c (or b) in ⟨a,d,e,g⟩ ×3; inserted x in ⟨a,b,x,d,e,g⟩ ×1.
        var result = Aligner.Align(Models.Pnml(Models.N2), LogBuilding.Traces("adeg", "adeg", "adeg", "abxdeg"));

        result.Deviations.Select(d => (d.Activity, d.CasesAffected)).ShouldBe([("b", 3), ("x", 1)]);
        result.Deviations[0].CasesSkipped.ShouldBe(3);
        result.Deviations[1].CasesInserted.ShouldBe(1);
        result.Fitness.ShouldBe(1 - (4 / (3 * 9.0 + 11)), 1e-12);
    }

    private static int[] Costs(AlignmentResult result) => [.. result.VariantOfCase.Select(v => result.Variants[v].Cost)];
}
