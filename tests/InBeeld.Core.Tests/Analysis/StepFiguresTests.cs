using InBeeld.Core.Analysis;
using InBeeld.Core.Interviews;
using InBeeld.Core.Journeys;

namespace InBeeld.Core.Tests.Analysis;

public sealed class StepFiguresTests
{
    [Fact]
    public void Compute_CountsStepsAndDistinctJourneysPerGroup()
    {
        var a = Guid.NewGuid();
        var b = Guid.NewGuid();
        var p = Guid.NewGuid();
        var builder = new JourneySetBuilder();
        builder.BeginJourney(Guid.NewGuid());
        builder.AddStep(a, p, null, null, -2, HandoverKind.Warm, null);
        builder.AddStep(a, p, null, null, 1, HandoverKind.Cold, null); // same organisation twice: one journey
        builder.AddStep(b, null, null, null, null, HandoverKind.NotRecorded, null);
        builder.BeginJourney(Guid.NewGuid());
        builder.AddStep(a, null, null, null, 2, HandoverKind.None, null);

        var figures = StepFigures.Compute(builder.Build());

        // Organisation indexes: a = 0, b = 1, none = 2; phase indexes: p = 0, none = 1.
        figures.Steps.ShouldBe(4);
        figures.Journeys.ShouldBe(2);
        figures.StepsPerOrganization.ShouldBe([3, 1, 0]);
        figures.JourneysPerOrganization.ShouldBe([2, 1, 0]);
        figures.StepsPerPhase.ShouldBe([2, 2]);
        figures.JourneysPerPhase.ShouldBe([1, 2]);
        figures.StepsPerOrganizationAndPhase[0, 0].ShouldBe(2);
        figures.StepsPerOrganizationAndPhase[0, 1].ShouldBe(1);
        figures.StepsPerOrganizationAndPhase[1, 1].ShouldBe(1);
        figures.ExperienceSumPerPhase.ShouldBe([-1L, 2L]);
        figures.ExperienceCountPerPhase.ShouldBe([2, 1]);
        figures.Handovers.ShouldBe([1, 1, 1, 1]);
    }
}
