using InBeeld.Core.Analysis;
using InBeeld.Core.Analysis.Evidence;
using InBeeld.Core.Analysis.Patterns;
using static InBeeld.Core.Tests.Analysis.AnalysisFixture;

namespace InBeeld.Core.Tests.Analysis.Patterns;

public sealed class CoOccurrenceTests
{
    [Fact]
    public void Pairs_CountInterviewsWithBoth_AndLeaveOutAParentWithItsChild()
    {
        var cells = CoOccurrence.Compute(Data());

        // Wachten/Lang wachten is parent and child: no cell. Wachten in J1, J2; Verhaal in J1, J2, J3.
        // Both: 2; either: 2 + 3 − 2 = 3; Jaccard 2/3.
        cells.Select(c => (c.CodeA, c.CodeB)).ShouldBe([(Wachten, Verhaal), (LangWachten, Verhaal)]);
        var cell = cells[0];
        cell.Both.ShouldBe(2);
        cell.BothOfEither.ShouldBe(new Proportion(2, 3));
        cell.Jaccard.ShouldBe(2.0 / 3, 1e-12);
        cell.OfA.ShouldBe(new Proportion(2, 2));
        cell.OfB.ShouldBe(new Proportion(2, 3));
    }

    [Fact]
    public void Jaccard_DoesNotRiseWithFrequencyAlone()
    {
        // A code in every interview "co-occurs" with everything by raw count; Jaccard shows how little that says.
        var frequent = new CoOccurrenceCell(Wachten, Verhaal, Both: 10, WithA: 100, WithB: 10, EvidenceFilter.All);
        var specific = new CoOccurrenceCell(Wachten, Verhaal, Both: 8, WithA: 9, WithB: 9, EvidenceFilter.All);

        frequent.Jaccard.ShouldBe(0.1, 1e-12);
        specific.Jaccard.ShouldBe(0.8, 1e-12);
    }
}
