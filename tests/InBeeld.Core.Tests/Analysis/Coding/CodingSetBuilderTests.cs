using InBeeld.Core.Analysis.Coding;
using static InBeeld.Core.Tests.Analysis.AnalysisFixture;

namespace InBeeld.Core.Tests.Analysis.Coding;

public sealed class CodingSetBuilderTests
{
    [Fact]
    public void Build_OrdersTheCodebookDepthFirst_AndCodingsByJourneyAndStep()
    {
        var set = Set();
        var codings = Codings(set);

        codings.CodeIds.ToArray().ShouldBe([Wachten, LangWachten, Verhaal]);
        codings.Parent.ToArray().ShouldBe([-1, 0, -1]);
        codings.SelfAndAncestors(1).ToArray().ShouldBe([1, 0]);
        codings.Offsets.ToArray().ShouldBe([0, 2, 5, 6, 6]);
        codings.Step.ToArray().ShouldBe([-1, 1, 0, 1, 3, 0]); // J1: fragment first, then step 1; J2: steps 0, 1, 3
        codings.CodingCount.ShouldBe(6);
    }

    [Fact]
    public void Builder_CountsSkippedInterviews_AndRefusesBadInput()
    {
        var set = Set();
        var builder = new CodingSetBuilder(set, [new Code { Id = Wachten, Name = "Wachten" }]);

        builder.Add(Id(999), null, Wachten, Id(1));
        builder.Skipped.ShouldBe(1);
        Should.Throw<ArgumentException>(() => builder.Add(J1, null, Verhaal, Id(2)));
        Should.Throw<ArgumentOutOfRangeException>(() => builder.Add(J1, 3, Wachten, Id(3))); // J1 has steps 0..2
        Should.Throw<ArgumentException>(() => new CodingSetBuilder(set,
        [
            new Code { Id = Wachten, Name = "A", ParentId = Verhaal },
            new Code { Id = Verhaal, Name = "B", ParentId = Wachten },
        ]));
    }
}
