using InBeeld.Core.EventLogs.Conformance;

namespace InBeeld.Core.Tests.EventLogs.Conformance;

public sealed class TokenReplayTests
{
    [Fact]
    public void N2_FittingTrace_HasNoMissingOrRemainingTokens()
    {
        var replay = TokenReplay.Replay(Models.Pnml(Models.N2), LogBuilding.Traces("acdeh")).Cases.Single();

        // p = 1 (initial) + 5 (one per transition), c = 5 + 1 (final marking).
        replay.ShouldBe(new CaseReplay(6, 6, 0, 0));
        replay.Fitness.ShouldBe(1);
    }

    [Fact]
    public void N2_SwappedEvents_MissOneAndLeaveOneToken()
    {
        // van der Aalst (2016), §8.2: replaying ⟨a,d,c,e,h⟩ on N2 — d fires without a token in c2
        // (m = 1), and the token c puts in c2 is left over (r = 1): p = c = 6, fitness ½(1−1/6)+½(1−1/6) = 0.833.
        var replay = TokenReplay.Replay(Models.Pnml(Models.N2), LogBuilding.Traces("adceh")).Cases.Single();

        replay.ShouldBe(new CaseReplay(6, 6, 1, 1));
        replay.Fitness.ShouldBe(5 / 6.0, 1e-12);
    }

    [Fact]
    public void UnknownActivity_CountsOneMissingAndOneRemaining()
    {
        var result = TokenReplay.Replay(Models.Pnml(Models.N2), LogBuilding.Traces("acxdeh"));

        result.Cases.Single().ShouldBe(new CaseReplay(7, 7, 1, 1));
        result.UnknownActivities.ShouldBe([2]); // a, c, x in order of first appearance
    }

    [Fact]
    public void EmptyAndOneEventCases()
    {
        var result = TokenReplay.Replay(Models.Pnml(Models.N2), LogBuilding.Traces("", "a"));

        // Empty: the start token remains, the end token is missing.
        result.Cases[0].ShouldBe(new CaseReplay(1, 1, 1, 1));
        result.Cases[0].Fitness.ShouldBe(0);
        // ⟨a⟩: the token in c1 remains, the end token is missing: p = 2, c = 2.
        result.Cases[1].ShouldBe(new CaseReplay(2, 2, 1, 1));
    }

    [Fact]
    public void LogFitness_UsesTotalsOverAllCases()
    {
        var result = TokenReplay.Replay(Models.Pnml(Models.N2), LogBuilding.Traces("acdeh", "adceh", "abdeg"));

        // Σp = Σc = 18, Σm = Σr = 1: ½(1 − 1/18) + ½(1 − 1/18).
        result.Fitness.ShouldBe(17 / 18.0, 1e-12);
        result.MeanCaseFitness.ShouldBe((1 + (5 / 6.0) + 1) / 3, 1e-12);
        result.FittingCases.ShouldBe(2);
        result.MissingByActivity.Select(m => m.Cases).ShouldBe([1]);
    }

    [Fact]
    public void ParallelModel_FiresSilentTransitionsWhenNeeded()
    {
        var net = Models.Bpmn(Models.Parallel);

        var result = TokenReplay.Replay(net, LogBuilding.Traces("ACBD", "ABCD", "ABD"));

        result.Cases[0].Fits.ShouldBeTrue();
        result.Cases[1].Fits.ShouldBeTrue();
        result.Cases[2].Fits.ShouldBeFalse("C never happened, so the join misses a token");
        result.Cases[2].Missing.ShouldBe(1);
    }
}
