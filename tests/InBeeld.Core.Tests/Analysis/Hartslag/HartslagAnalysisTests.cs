using InBeeld.Core.Analysis;
using InBeeld.Core.Analysis.Hartslag;
using static InBeeld.Core.Tests.Analysis.AnalysisFixture;

namespace InBeeld.Core.Tests.Analysis.Hartslag;

public sealed class HartslagAnalysisTests
{
    [Fact]
    public void PerPhase_GivesMeanMedianSpreadAndN()
    {
        var table = HartslagAnalysis.Compute(Data(), HartslagDimension.Phase);

        table.InterviewsWithExperience.ShouldBe(3); // J4 has no steps
        table.Rows.Select(r => r.Id).ShouldBe([Aanmelden, Intake, Ondersteuning, Nazorg]); // J3's phaseless step told nothing
        // Aanmelden: −1, 0, +2 → mean 1/3, median 0, sd √(14/3 / 2) = 1.5275, quartiles (type 7) −0.5 and 1.
        var aanmelden = table.Rows[0].Experience;
        aanmelden.N.ShouldBe(3);
        aanmelden.Mean!.Value.ShouldBe(1.0 / 3, 1e-12);
        aanmelden.Median.ShouldBe(0);
        aanmelden.StandardDeviation!.Value.ShouldBe(Math.Sqrt(7.0 / 3), 1e-12);
        aanmelden.LowerQuartile.ShouldBe(-0.5);
        aanmelden.UpperQuartile.ShouldBe(1);
        aanmelden.Distribution.ShouldBe([0, 1, 1, 0, 1]);
        // Intake: −2, −1, −1 in two interviews.
        table.Rows[1].Experience.Mean!.Value.ShouldBe(-4.0 / 3, 1e-12);
        table.Rows[1].Experience.Median.ShouldBe(-1);
        table.Rows[1].Interviews.ShouldBe(2);
        // Ondersteuning: +1, −2 → median between them.
        table.Rows[2].Experience.Median.ShouldBe(-0.5);
        table.Rows[3].Experience.StandardDeviation.ShouldBeNull(); // one value
    }

    [Fact]
    public void LowPointsAndBrightSpots_AreCountedPerInterview()
    {
        var table = HartslagAnalysis.Compute(Data(), HartslagDimension.Phase);

        // Lowest points: J1 −2 in Intake, J2 −2 in Ondersteuning; J3's lowest is +2, so no low point.
        // Highest: J1 +1 in Ondersteuning, J2 0 (not positive), J3 +2 in both Aanmelden and Nazorg.
        table.Rows.Select(r => r.LowPoints.Count).ShouldBe([0, 1, 1, 0]);
        table.Rows.Select(r => r.BrightSpots.Count).ShouldBe([1, 0, 1, 1]);
        table.Rows.ShouldAllBe(r => r.LowPoints.Total == 3);
    }

    [Fact]
    public void PerOrganization_UsesTheSameCounting()
    {
        var table = HartslagAnalysis.Compute(Data(), HartslagDimension.Organization);

        // UWV: −2, −1, −1 (J3's UWV step told nothing).
        var uwv = table.Rows.Single(r => r.Id == Uwv);
        uwv.Experience.N.ShouldBe(3);
        uwv.Interviews.ShouldBe(2);
        uwv.LowPoints.ShouldBe(new Proportion(1, 3));
    }
}
