using InBeeld.Core.DesiredJourneys;
using InBeeld.Core.Interviews;
using InBeeld.Core.Rendering;
using InBeeld.Core.Studies;

namespace InBeeld.Core.Tests.Improvement;

public sealed class DesiredJourneyTests
{
    private static readonly Guid StudyId = Guid.Parse("00000000-0000-0000-0000-0000000000aa");
    private static readonly Phase Melden = new() { Id = Guid.Parse("00000000-0000-0000-0000-000000000011"), Name = "Melden", Order = 0 };
    private static readonly Phase Hulp = new() { Id = Guid.Parse("00000000-0000-0000-0000-000000000012"), Name = "Hulp", Order = 1 };
    private static readonly Organization School = new() { Id = Guid.Parse("00000000-0000-0000-0000-000000000001"), Name = "School", Order = 0 };
    private static readonly Organization Rmc = new() { Id = Guid.Parse("00000000-0000-0000-0000-000000000002"), Name = "RMC", Order = 1 };
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 9, 0, 0, TimeSpan.Zero);

    private static DesiredJourney Copy() => DesiredJourneyFactory.Copy(StudyId, " Gewenst: Sam ", DesiredSourceKind.Interview, Guid.Parse("00000000-0000-0000-0000-000000000099"),
    [
        new SourceStep(Guid.Parse("00000000-0000-0000-0000-000000000201"), Melden.Id, School.Id, null, "Mentor ziet verzuim", -1, HandoverKind.Cold, 40),
        new SourceStep(Guid.Parse("00000000-0000-0000-0000-000000000202"), Hulp.Id, Rmc.Id, null, "RMC belt na zes weken", -2, HandoverKind.NotRecorded, null),
    ], Now, null);

    [Fact]
    public void ACopy_IsUnchanged_AndTargetsFollowTheCurrentExperience()
    {
        var journey = Copy();
        journey.Title.ShouldBe("Gewenst: Sam");
        journey.Steps.Select(s => s.Change).ShouldBe([StepChange.Unchanged, StepChange.Unchanged]);
        journey.Steps.Select(s => s.TargetExperience).ShouldBe([-1, -2]);
        journey.Steps.Select(s => s.Order).ShouldBe([0, 1]);
    }

    [Fact]
    public void ColdHandoverMadeWarm_IsAChange_ATargetAloneIsNot()
    {
        var journey = Copy();
        journey.Steps[1].TargetExperience = 1;
        journey.Steps[1].Change.ShouldBe(StepChange.Unchanged);
        journey.Steps[0].Handover = HandoverKind.Warm;
        journey.Steps[0].Change.ShouldBe(StepChange.Changed);
    }

    [Fact]
    public void Map_DrawsBothLines_RemovedStepsWithoutDesiredPoint_AddedWithoutCurrent()
    {
        var journey = Copy();
        journey.Steps[0].Handover = HandoverKind.Warm;
        journey.Steps[0].TargetExperience = 1;
        journey.Steps[1].IsRemoved = true;
        journey.Steps.Add(new DesiredStep { Order = 2, IsAdded = true, PhaseId = Hulp.Id, OrganizationId = Rmc.Id, Description = "Vaste contactpersoon RMC", TargetExperience = 2 });

        var map = DesiredJourneyMap.Build(journey, new JourneyMapVocabulary([Hulp, Melden], [Rmc, School], []), "Verzuim", "Sam (gewenst)", 1, false);

        map.Phases.ShouldBe(["Melden", "Hulp"]);
        map.Steps.Select(s => s.Experience).ShouldBe([-1, -2, null]);
        map.DesiredExperience.ShouldBe([1, null, 2]);
        map.Steps[0].Handover.ShouldBe(HandoverKind.Warm);
        map.Steps[1].Description.ShouldBe("Vervalt: RMC belt na zes weken");
        map.Steps[2].Description.ShouldBe("Nieuw: Vaste contactpersoon RMC");
        map.Steps[2].Organization.ShouldBe(1);

        // And the renderer draws it: two hartslag series, the desired one dashed.
        var svg = JourneyMapRenderer.RenderSvg(map);
        System.Text.RegularExpressions.Regex.Count(svg, "data-series=\"current\"").ShouldBe(2);
        System.Text.RegularExpressions.Regex.Count(svg, "data-series=\"desired\"").ShouldBe(2);
    }

    [Fact]
    public void StepRules_NameEveryBadField()
    {
        var errors = DesiredJourneyRules.ValidateStep(
            new DesiredStepInput { Description = "", OrganizationId = Guid.NewGuid(), TargetExperience = 3, WaitingDays = -1 },
            new HashSet<Guid> { Melden.Id }, new HashSet<Guid> { School.Id }, new HashSet<Guid>());
        errors.Select(e => e.Location).ShouldBe(["Description", "OrganizationId", "WaitingDays", "TargetExperience"], ignoreOrder: true);
        DesiredJourneyRules.ValidateTitle(" ").Single().Location.ShouldBe("Title");
    }
}
