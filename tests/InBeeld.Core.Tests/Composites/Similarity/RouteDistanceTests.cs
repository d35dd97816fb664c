using InBeeld.Core.Composites.Similarity;
using InBeeld.Core.Interviews;
using InBeeld.Core.Journeys;
using InBeeld.Core.Analysis.Subgroups;
using static InBeeld.Core.Tests.Composites.RouteFixture;

namespace InBeeld.Core.Tests.Composites.Similarity;

public sealed class RouteDistanceTests
{
    [Fact]
    public void Distance_IsTheWeightedSumOfItsParts_ComputedByHand()
    {
        var set = Set(
            (1, [new S(0, 0, HandoverKind.Warm, 2), new S(1, 1, HandoverKind.Warm, 0), new S(2, 2)]),
            (2, [new S(0, 0, HandoverKind.Cold, -2), new S(2, 2)]));
        var profiles = RouteProfiles.From(set);
        var distance = new RouteDistance(profiles);

        // Sequence: one deletion (2 units) of a worst case 3 × 2 → 1/3.
        // Handovers: route 1 warm 2/2, route 2 cold 1/1 → (|1−0| + |0−1| + 0) / 2 = 1.
        // Experience: means +1 and −2 → |3| / 4 = 0.75.
        // Weights 0.6 / 0.2 / 0.2 → 0.2 + 0.2 + 0.15 = 0.55.
        distance.Between(0, 1).ShouldBe((0.6 / 3) + 0.2 + 0.15, 1e-6);
        distance.Between(1, 0).ShouldBe(distance.Between(0, 1));
        distance.Between(1, 1).ShouldBe(0);
    }

    [Fact]
    public void MissingParts_CountHalf_OrNothingWhenBothMiss()
    {
        var set = Set((1, [new S(0, 0)]), (2, [new S(0, 0)]), (3, [new S(0, 0, HandoverKind.Warm, 1)]));
        var distance = new RouteDistance(RouteProfiles.From(set));

        distance.Between(0, 1).ShouldBe(0); // same step, both without handover and experience
        distance.Between(0, 2).ShouldBe((0.2 * 0.5) + (0.2 * 0.5), 1e-9);
    }

    [Fact]
    public void Attributes_AddTheirWeight_WhenChosen()
    {
        var set = Set((1, [new S(0, 0)]), (2, [new S(0, 0)]), (3, [new S(0, 0)]));
        var age = JourneyGroups.Create(set, "leeftijd", "Leeftijd", new Dictionary<Guid, string> { [Id(1)] = "16-17", [Id(2)] = "18-22" });
        var distance = new RouteDistance(RouteProfiles.From(set, [age]));

        // Weights 0.6, 0.2, 0.2, 0.2 → attributes 0.2 / 1.2. Different value: 1; one unknown: 0.5.
        distance.Between(0, 1).ShouldBe(0.2 / 1.2, 1e-9);
        distance.Between(0, 2).ShouldBe(0.5 * 0.2 / 1.2, 1e-9);
    }

    [Fact]
    public void Profiles_AreInIdOrder_WhateverTheSetOrder()
    {
        var set = Set((3, [new S(0, 0)]), (1, [new S(1, 1), new S(2, 2)]), (2, []));
        var profiles = RouteProfiles.From(set);

        profiles.Ids.ToArray().ShouldBe([Id(1), Id(2), Id(3)]);
        profiles.Tokens(0).ToArray().ShouldBe([StepTokens.Pack(1, 1), StepTokens.Pack(2, 2)]);
        profiles.Tokens(1).Length.ShouldBe(0);
        float.IsNaN(profiles.Experience(1)).ShouldBeTrue();
    }
}
