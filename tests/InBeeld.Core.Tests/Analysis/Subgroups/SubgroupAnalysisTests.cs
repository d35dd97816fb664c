using InBeeld.Core.Analysis;
using InBeeld.Core.Analysis.Statistics;
using InBeeld.Core.Analysis.Subgroups;
using InBeeld.Core.Interviews;
using InBeeld.Core.Journeys;
using static InBeeld.Core.Tests.Analysis.AnalysisFixture;

namespace InBeeld.Core.Tests.Analysis.Subgroups;

public sealed class SubgroupAnalysisTests
{
    [Fact]
    public void Groups_HaveTheirInterviewsExperienceAndHandovers()
    {
        var data = Data();

        var comparison = SubgroupAnalysis.Compare(data, data.Attributes[0]);

        comparison.WithoutValue.ShouldBe(1); // J4
        comparison.Groups.Select(g => (g.Group, g.Interviews, g.Steps)).ShouldBe([("Syrië", 2, 6), ("Eritrea", 1, 4), ("Somalië", 0, 0)]);
        // Syrië (J1, J3): −1, −2, +1, +2, +2 → mean 0.4; handovers: 3 niet vastgelegd, 2 warm, 1 koud.
        var syria = comparison.Groups[0];
        syria.Experience.Mean!.Value.ShouldBe(0.4, 1e-12);
        syria.Handovers.ShouldBe([3, 2, 1, 0]);
        comparison.Groups[1].Handovers.ShouldBe([1, 0, 2, 1]);
        comparison.Groups.ShouldAllBe(g => g.TooSmall);
        comparison.HasSmallGroups.ShouldBeTrue();
    }

    [Fact]
    public void Differences_CarryProportionsPerGroupAndATest()
    {
        var data = Data();

        var comparison = SubgroupAnalysis.Compare(data, data.Attributes[0]);

        comparison.Differences.Select(d => (d.Measure, d.CodeId)).ShouldBe(
        [
            (SubgroupMeasure.ColdOrNoHandover, null),
            (SubgroupMeasure.NegativeExperience, null),
            (SubgroupMeasure.Code, Wachten),
            (SubgroupMeasure.Code, LangWachten),
            (SubgroupMeasure.Code, Verhaal),
        ]);
        var cold = comparison.Differences[0];
        cold.PerGroup.ShouldBe([new Proportion(1, 2), new Proportion(1, 1), new Proportion(0, 0)]);
        // [[1, 1], [1, 0]] once the empty group is left out: tables with x = 1 (p 2/3) and x = 2 (p 1/3); p = 1.
        cold.Test.Method.ShouldBe(TestMethod.FisherExact);
        cold.Test.PValue!.Value.ShouldBe(1, 1e-12);
        // Verhaal is in every interview of both groups: nothing to test.
        comparison.Differences[4].Test.Method.ShouldBe(TestMethod.NotTestable);
        comparison.Differences[4].AdjustedPValue.ShouldBeNull();
    }

    [Fact]
    public void ClearDifference_GetsAnExactlySmallPValue()
    {
        // 20 interviews in each group; every "noord" route has a koud handover, no "zuid" route has one.
        var builder = new JourneySetBuilder();
        var values = new Dictionary<Guid, string>();
        for (var i = 0; i < 40; i++)
        {
            var id = Id(1000 + i);
            builder.BeginJourney(id);
            builder.AddStep(Uwv, null, null, null, 0, i < 20 ? HandoverKind.Cold : HandoverKind.Warm, null);
            builder.AddStep(Gemeente, null, null, null, 0, HandoverKind.NotRecorded, null);
            values[id] = i < 20 ? "noord" : "zuid";
        }

        var set = builder.Build();
        var groups = JourneyGroups.Create(set, "regio", "Regio", values);

        var comparison = SubgroupAnalysis.Compare(new AnalysisData { Journeys = set }, groups);

        // [[20, 0], [0, 20]]: only this table and its mirror are as extreme: p = 2 / C(40, 20).
        var cold = comparison.Differences.Single(d => d.Measure == SubgroupMeasure.ColdOrNoHandover);
        cold.Test.PValue!.Value.ShouldBe(2 / 137846528820.0, 1e-20);
        comparison.HasSmallGroups.ShouldBeFalse();
        comparison.Ranked().First().ShouldBe(cold);
    }
}
