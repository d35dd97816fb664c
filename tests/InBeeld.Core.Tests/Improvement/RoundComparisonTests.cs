using InBeeld.Core.Analysis;
using InBeeld.Core.Analysis.Gaps;
using InBeeld.Core.Analysis.Hartslag;
using InBeeld.Core.Interviews;
using InBeeld.Core.Journeys;
using InBeeld.Core.Remeasurement;

namespace InBeeld.Core.Tests.Improvement;

/// <summary>
/// Two rounds built by hand. Earlier (12 interviews): School/Melden −1 koud → RMC/Hulp −2.
/// Later (14 interviews): 9 × School/Melden +1 warm → RMC/Hulp 0; 3 × School/Melden 0 koud → RMC/Hulp −1;
/// 2 × RMC/Hulp 0 warm → Gemeente/Nazorg +1. The later round names its phases with other case and spaces.
/// </summary>
public sealed class RoundComparisonTests
{
    private static readonly Guid School1 = G(1), Rmc1 = G(2), Melden1 = G(11), Hulp1 = G(12);
    private static readonly Guid School2 = G(101), Rmc2 = G(102), Gemeente2 = G(103), Melden2 = G(111), Hulp2 = G(112), Nazorg2 = G(113);

    private static RoundFigures Earlier()
    {
        var builder = new JourneySetBuilder();
        for (var i = 0; i < 12; i++)
        {
            builder.BeginJourney(G(1000 + i));
            builder.AddStep(School1, Melden1, null, null, -1, HandoverKind.Cold, 30);
            builder.AddStep(Rmc1, Hulp1, null, null, -2, HandoverKind.NotRecorded, null);
        }

        return Round("2025", builder, new() { [Melden1] = "Melden", [Hulp1] = "Hulp" }, new() { [School1] = "School", [Rmc1] = "RMC" });
    }

    private static RoundFigures Later()
    {
        var builder = new JourneySetBuilder();
        for (var i = 0; i < 14; i++)
        {
            builder.BeginJourney(G(2000 + i));
            if (i < 9)
            {
                builder.AddStep(School2, Melden2, null, null, 1, HandoverKind.Warm, 5);
                builder.AddStep(Rmc2, Hulp2, null, null, 0, HandoverKind.NotRecorded, null);
            }
            else if (i < 12)
            {
                builder.AddStep(School2, Melden2, null, null, 0, HandoverKind.Cold, 20);
                builder.AddStep(Rmc2, Hulp2, null, null, -1, HandoverKind.NotRecorded, null);
            }
            else
            {
                builder.AddStep(Rmc2, Hulp2, null, null, 0, HandoverKind.Warm, null);
                builder.AddStep(Gemeente2, Nazorg2, null, null, 1, HandoverKind.NotRecorded, null);
            }
        }

        return Round("2026", builder, new() { [Melden2] = " melden", [Hulp2] = "HULP", [Nazorg2] = "Nazorg" }, new() { [School2] = "school", [Rmc2] = "RMC", [Gemeente2] = "Gemeente" });
    }

    [Fact]
    public void Hartslag_ChangePerPhase_MatchedByName()
    {
        var comparison = RoundComparison.Compare(Earlier(), Later());

        comparison.Phases.Select(p => p.Phase).ShouldBe(["Melden", "Hulp", "Nazorg"]);
        var melden = comparison.Phases[0];
        (melden.EarlierInterviews, melden.LaterInterviews).ShouldBe((12, 12));
        melden.Earlier!.Mean.ShouldBe(-1);
        // (9 × 1 + 3 × 0) / 12 = 0.75, so +1.75.
        melden.MeanChange!.Value.ShouldBe(1.75, 1e-12);
        var hulp = comparison.Phases[1];
        (hulp.EarlierInterviews, hulp.LaterInterviews).ShouldBe((12, 14));
        // (9 × 0 + 3 × −1 + 2 × 0) / 14 − (−2) = −3/14 + 2.
        hulp.MeanChange!.Value.ShouldBe(2 - (3.0 / 14), 1e-12);
    }

    [Fact]
    public void NoChange_IsClaimed_ForAPhaseOnlyOneRoundHasOrTooFewInterviews()
    {
        var nazorg = RoundComparison.Compare(Earlier(), Later()).Phases.Single(p => p.Phase == "Nazorg");
        nazorg.Earlier.ShouldBeNull();
        nazorg.LaterInterviews.ShouldBe(2);
        nazorg.TooSmall.ShouldBeTrue();
        nazorg.MeanChange.ShouldBeNull();
    }

    [Fact]
    public void Gaps_ColdOrNoneShare_ChangeInPoints_WithFisher()
    {
        var comparison = RoundComparison.Compare(Earlier(), Later());
        var gap = comparison.Gaps.Single(g => g.From == "School" && g.To == "RMC");

        gap.EarlierColdOrNone.ShouldBe(new Proportion(12, 12));
        gap.LaterColdOrNone.ShouldBe(new Proportion(3, 12));
        gap.ShareChangePoints.ShouldBe(-75.0);
        gap.EarlierMedianWait.ShouldBe(30);
        gap.LaterMedianWait.ShouldBe(5);
        // Fisher on [[12, 0], [3, 9]]: the two tables as extreme as the observed one each have
        // C(12,12)·C(12,3) / C(24,15) = 220 / 1,307,504, so p = 440 / 1,307,504 = 0.000336519.
        gap.PValue!.Value.ShouldBe(440.0 / 1_307_504, 1e-9);
        gap.TooSmall.ShouldBeFalse();

        var small = comparison.Gaps.Single(g => g.From == "RMC");
        small.EarlierColdOrNone.Total.ShouldBe(0);
        small.TooSmall.ShouldBeTrue();
        small.ShareChangePoints.ShouldBeNull();
        small.PValue.ShouldBeNull();
    }

    private static RoundFigures Round(string title, JourneySetBuilder builder, Dictionary<Guid, string> phases, Dictionary<Guid, string> organizations)
    {
        var data = new AnalysisData { Journeys = builder.Build() };
        return new RoundFigures(title, data.Journeys.JourneyCount, HartslagAnalysis.Compute(data, HartslagDimension.Phase), GapAnalysis.Compute(data), phases, organizations);
    }

    private static Guid G(int n) => new($"00000000-0000-0000-0000-{n:D12}");
}
