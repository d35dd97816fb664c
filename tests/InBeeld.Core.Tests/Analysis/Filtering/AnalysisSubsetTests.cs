using InBeeld.Core.Analysis;
using InBeeld.Core.Analysis.Evidence;
using InBeeld.Core.Analysis.Filtering;
using InBeeld.Core.Analysis.Patterns;
using static InBeeld.Core.Tests.Analysis.AnalysisFixture;

namespace InBeeld.Core.Tests.Analysis.Filtering;

public sealed class AnalysisSubsetTests
{
    [Fact]
    public void PhaseFilter_KeepsInterviewsWithAStepInThatPhase_AndDenominatorsFollow()
    {
        // Intake occurs in J1 and J2 only.
        var data = AnalysisSubset.Apply(Data(), new JourneyFilter { Phase = Intake });

        data.Journeys.JourneyIds.ToArray().ShouldBe([J1, J2]);
        data.Journeys.StepCount.ShouldBe(7);
        var frequencies = Frequencies.Compute(data);
        // Lang wachten (J1, J2), Wachten via its child (J1, J2), Verhaal (J1, J2): each 2 van 2.
        frequencies.Codes.Rows.Select(r => (r.Id, r.Interviews, r.Mentions)).ShouldBe(
            [(Wachten, new Proportion(2, 2), 3), (LangWachten, new Proportion(2, 2), 3), (Verhaal, new Proportion(2, 2), 2)]);
        frequencies.Organizations.Rows.First(r => r.Id == Uwv).Mentions.ShouldBe(3);
    }

    [Fact]
    public void GroupAndOrganizationFilters_Combine_AndEvidenceResolvesInsideTheSubset()
    {
        // Syrië: J1 and J3; of those, a step at School: both. With Nazorg as well only J3 would stay.
        var syria = AnalysisSubset.Apply(Data(), new JourneyFilter { Attribute = "land", Group = "Syrië", Organization = School });
        var nazorg = AnalysisSubset.Apply(Data(), new JourneyFilter { Attribute = "land", Group = "Syrië", Phase = Nazorg });

        syria.Journeys.JourneyIds.ToArray().ShouldBe([J1, J3]);
        nazorg.Journeys.JourneyIds.ToArray().ShouldBe([J3]);
        syria.Attribute("land")!.GroupOf.ToArray().ShouldBe([0, 0]);
        syria.Attribute("land")!.Groups.ShouldBe(["Syrië", "Eritrea", "Somalië"]);
        var evidence = EvidenceResolver.Resolve(syria, new EvidenceFilter { Code = Wachten });
        evidence.Journeys.ShouldBe([J1]);
        evidence.Quotes.ShouldBe([Quote1]);
    }

    [Fact]
    public void UnknownValues_KeepNothing_AndAnEmptyFilterKeepsTheSameData()
    {
        var data = Data();

        AnalysisSubset.Apply(data, JourneyFilter.None).ShouldBeSameAs(data);
        AnalysisSubset.Apply(data, new JourneyFilter { Phase = Guid.NewGuid() }).Journeys.JourneyCount.ShouldBe(0);
        AnalysisSubset.Apply(data, new JourneyFilter { Attribute = "land", Group = "Marokko" }).Journeys.JourneyCount.ShouldBe(0);
    }
}
