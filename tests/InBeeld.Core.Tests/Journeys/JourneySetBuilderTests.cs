using InBeeld.Core.Interviews;
using InBeeld.Core.Journeys;

namespace InBeeld.Core.Tests.Journeys;

public sealed class JourneySetBuilderTests
{
    private static readonly Guid Uwv = Guid.Parse("00000000-0000-0000-0000-0000000000a1");
    private static readonly Guid School = Guid.Parse("00000000-0000-0000-0000-0000000000a2");

    [Fact]
    public void Build_InternsVocabularyInOrderOfFirstUse()
    {
        var builder = new JourneySetBuilder();
        builder.BeginJourney(Guid.Parse("00000000-0000-0000-0000-000000000001"));
        builder.AddStep(School, null, null, null, -1, HandoverKind.Cold, 14);
        builder.AddStep(Uwv, null, null, null, null, HandoverKind.NotRecorded, null);
        builder.BeginJourney(Guid.Parse("00000000-0000-0000-0000-000000000002"));
        builder.AddStep(Uwv, null, null, null, 2, HandoverKind.Warm, 0);

        var set = builder.Build();

        set.JourneyCount.ShouldBe(2);
        set.StepCount.ShouldBe(3);
        set.Offsets.ToArray().ShouldBe([0, 2, 3]);
        set.OrganizationIds.ToArray().ShouldBe([School, Uwv]);
        set.Organization.ToArray().ShouldBe([0, 1, 1]);
        set.Phase.ToArray().ShouldBe([JourneySet.None, JourneySet.None, JourneySet.None]);
        set.Experience.ToArray().ShouldBe([(sbyte)-1, JourneySet.NoExperience, (sbyte)2]);
        set.WaitingDays.ToArray().ShouldBe([14, JourneySet.None, 0]);
    }

    [Fact]
    public void Build_KeepsAJourneyWithoutSteps()
    {
        var builder = new JourneySetBuilder();
        builder.BeginJourney(Guid.NewGuid());
        builder.BeginJourney(Guid.NewGuid());
        builder.AddStep(null, null, null, null, 0, HandoverKind.None, null);

        var set = builder.Build();

        set.Offsets.ToArray().ShouldBe([0, 0, 1]);
    }

    [Fact]
    public void Empty_HasNoJourneysAndOneOffset()
    {
        JourneySet.Empty.JourneyCount.ShouldBe(0);
        JourneySet.Empty.Offsets.ToArray().ShouldBe([0]);
    }

    [Fact]
    public void AddStep_RefusesExperienceOutsideTheScale()
    {
        var builder = new JourneySetBuilder();
        builder.BeginJourney(Guid.NewGuid());

        Should.Throw<ArgumentOutOfRangeException>(() => builder.AddStep(null, null, null, null, 3, HandoverKind.None, null));
    }
}
