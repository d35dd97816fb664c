using InBeeld.Core.Analysis;
using InBeeld.Core.Analysis.Patterns;
using static InBeeld.Core.Tests.Analysis.AnalysisFixture;

namespace InBeeld.Core.Tests.Analysis.Patterns;

public sealed class FrequenciesTests
{
    [Fact]
    public void Organizations_CountEachInterviewOnce_WithTheDenominator()
    {
        var result = Frequencies.Compute(Data());

        result.Interviews.ShouldBe(4);
        // UWV: mentioned 4 times (twice in J2) in 3 interviews; every row is "n van 4".
        result.Organizations.Rows.Select(r => (r.Id, r.Interviews, r.Mentions)).ShouldBe(
        [
            (Gemeente, new Proportion(3, 4), 3),
            (Uwv, new Proportion(3, 4), 4),
            (School, new Proportion(3, 4), 3),
        ]);
    }

    [Fact]
    public void Phases_IncludeANotFilledInRow_AndTurningPointsDoNot()
    {
        var result = Frequencies.Compute(Data());

        result.Phases.Rows.Select(r => (r.Id, r.Interviews.Count, r.Mentions)).ShouldBe(
        [
            (Aanmelden, 3, 3),
            (Intake, 2, 3),
            (Ondersteuning, 2, 2),
            (Nazorg, 1, 1),
            (null, 1, 1), // J3's second step has no phase
        ]);
        result.TurningPoints.Rows.ShouldHaveSingleItem().Interviews.ShouldBe(new Proportion(1, 4));
    }

    [Fact]
    public void Codes_RollUpToTheirParent_AndSkipInterviewsWithoutConsent()
    {
        var result = Frequencies.Compute(Data());

        // Codebook order: Wachten (order 0) with its child, then Verhaal (order 1).
        // Wachten counts Lang wachten's three codings (J1 once, J2 twice) in two interviews.
        result.Codes.Rows.Select(r => (r.Id, r.Interviews.Count, r.Mentions)).ShouldBe(
        [
            (Wachten, 2, 3),
            (LangWachten, 2, 3),
            (Verhaal, 3, 3),
        ]);
        result.Codes.Top(1).Single().Id.ShouldBe(Verhaal);
    }

    [Fact]
    public void WithoutCodings_TheCodeTableIsEmpty()
    {
        var result = Frequencies.Compute(new AnalysisData { Journeys = Set() });

        result.Codes.Rows.ShouldBeEmpty();
        result.Phases.Rows.Count.ShouldBe(5);
    }
}
