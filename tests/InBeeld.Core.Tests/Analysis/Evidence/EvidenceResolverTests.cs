using InBeeld.Core.Analysis;
using InBeeld.Core.Analysis.Evidence;
using InBeeld.Core.Analysis.Gaps;
using InBeeld.Core.Analysis.Hartslag;
using InBeeld.Core.Analysis.Patterns;
using InBeeld.Core.Analysis.Subgroups;
using static InBeeld.Core.Tests.Analysis.AnalysisFixture;

namespace InBeeld.Core.Tests.Analysis.Evidence;

public sealed class EvidenceResolverTests
{
    [Fact]
    public void FrequencyRow_LeadsToItsInterviewsAndEverySteps()
    {
        var data = Data();
        var uwv = Frequencies.Compute(data).Organizations.Rows.Single(r => r.Id == Uwv);

        var evidence = EvidenceResolver.Resolve(data, uwv.Evidence);

        evidence.Journeys.ShouldBe([J1, J2, J3]);
        evidence.Journeys.Count.ShouldBe(uwv.Interviews.Count);
        evidence.Steps.ShouldBe([new StepRef(J1, 1), new StepRef(J2, 1), new StepRef(J2, 2), new StepRef(J3, 1)]);
        evidence.Steps.Count.ShouldBe(uwv.Mentions);
    }

    [Fact]
    public void CodeRow_LeadsToTheCodingsAndQuotes_OfTheCodeAndItsDescendants()
    {
        var data = Data();
        var wachten = Frequencies.Compute(data).Codes.Rows.Single(r => r.Id == Wachten);

        var evidence = EvidenceResolver.Resolve(data, wachten.Evidence);

        evidence.Journeys.ShouldBe([J1, J2]);
        evidence.Codings.ShouldBe([Id(401), Id(403), Id(404)]);
        evidence.Quotes.ShouldBe([Quote1, Quote2, Quote3]);
    }

    [Fact]
    public void GapEvidence_SelectsTheHandoverSteps()
    {
        var data = Data();
        var gap = GapAnalysis.Compute(data).Gaps.Single(g => g.From == Uwv && g.To == Gemeente);

        EvidenceResolver.Resolve(data, gap.Evidence).Steps.ShouldBe([new StepRef(J1, 1), new StepRef(J2, 2)]);
        EvidenceResolver.Resolve(data, gap.ColdOrNoneEvidence).Steps.ShouldBe([new StepRef(J2, 2)]);
        EvidenceResolver.Resolve(data, gap.StoppedEvidence).Journeys.Count.ShouldBe(gap.StoppedAfter);
    }

    [Fact]
    public void HartslagLowPoint_AndSubgroupFilters_SelectWhatWasCounted()
    {
        var data = Data();
        var intake = HartslagAnalysis.Compute(data, HartslagDimension.Phase).Rows.Single(r => r.Id == Intake);
        var negative = SubgroupAnalysis.Compare(data, data.Attributes[0]).Differences.Single(d => d.Measure == SubgroupMeasure.NegativeExperience);

        EvidenceResolver.Resolve(data, intake.LowPointEvidence).Steps.ShouldBe([new StepRef(J1, 1)]);
        EvidenceResolver.Resolve(data, negative.Evidence[0]).Journeys.ShouldBe([J1]); // Syrië: J1 averages −2/3, J3 +2
        EvidenceResolver.Resolve(data, negative.Evidence[1]).Journeys.ShouldBe([J2]);
    }

    [Fact]
    public void NotFilledIn_AndUnknownIds_AreHandled()
    {
        var data = Data();

        EvidenceResolver.Resolve(data, new EvidenceFilter { Phase = new Match(null) }).Steps.ShouldBe([new StepRef(J3, 1)]);
        EvidenceResolver.Resolve(data, new EvidenceFilter { Organization = new Match(Id(777)) }).Journeys.ShouldBeEmpty();
        EvidenceResolver.Resolve(data, new EvidenceFilter { Code = Id(777) }).Journeys.ShouldBeEmpty();
        EvidenceResolver.Resolve(data, EvidenceFilter.All).Journeys.ShouldBe([J1, J2, J3, J4]);
    }

    [Fact]
    public void DropOutEvidence_NeedsAnOutcomeDefinition()
    {
        var data = Data();
        var dropOut = GapAnalysis.Compute(data).DropOuts.Single();

        EvidenceResolver.Resolve(data, dropOut.Evidence).Journeys.ShouldBe([J1, J2]);
        EvidenceResolver.Resolve(data with { Outcome = null }, dropOut.Evidence).Journeys.ShouldBeEmpty();
        new OutcomeDefinition().Phases.ShouldBeEmpty();
    }
}
