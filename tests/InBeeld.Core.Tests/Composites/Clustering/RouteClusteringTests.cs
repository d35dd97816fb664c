using InBeeld.Core.Composites.Clustering;
using InBeeld.Core.Composites.Similarity;
using InBeeld.Core.Generation;
using InBeeld.Core.Journeys;
using static InBeeld.Core.Tests.Composites.RouteFixture;

namespace InBeeld.Core.Tests.Composites.Clustering;

public sealed class RouteClusteringTests
{
    /// <summary>Three planted types of four routes each (ids 1–4 type A, 11–14 type B, 21–24 type C).</summary>
    private static JourneySet ThreeTypes() => Set(
        [.. Enumerable.Range(1, 4).Select(i => (i, TypeA(i))),
         .. Enumerable.Range(11, 4).Select(i => (i, TypeB(i))),
         .. Enumerable.Range(21, 4).Select(i => (i, TypeC(i)))]);

    private static List<List<Guid>> Partition(Grouping grouping) =>
        grouping.Groups.Select(g => g.Members.ToList()).OrderBy(m => m[0]).ToList();

    [Fact]
    public void PlantedTypes_AreFound_WithKChosenBySilhouette()
    {
        var grouping = RouteClustering.Group(RouteProfiles.From(ThreeTypes()));

        grouping.Method.ShouldBe(GroupingMethod.Pam);
        grouping.KChosen.ShouldBeTrue();
        grouping.K.ShouldBe(3);
        Partition(grouping).ShouldBe(
        [
            [Id(1), Id(2), Id(3), Id(4)],
            [Id(11), Id(12), Id(13), Id(14)],
            [Id(21), Id(22), Id(23), Id(24)],
        ]);

        // k from 2 to n/2 = 6 were tried, and 3 has the highest mean silhouette: that is the reason.
        grouping.Candidates.Select(c => c.K).ShouldBe([2, 3, 4, 5, 6]);
        grouping.Candidates.MaxBy(c => c.MeanSilhouette)!.K.ShouldBe(3);
        grouping.MeanSilhouette.ShouldBe(grouping.Candidates.Single(c => c.K == 3).MeanSilhouette);
        grouping.MeanSilhouette.ShouldBeGreaterThan(0.5);
        grouping.Groups.ShouldAllBe(g => g.Members.Contains(g.Medoid));
    }

    [Fact]
    public void SameInput_InAnotherOrder_GivesTheSameGrouping()
    {
        var shuffled = Set(
            [.. Enumerable.Range(21, 4).Reverse().Select(i => (i, TypeC(i))),
             .. Enumerable.Range(1, 4).Select(i => (i, TypeA(i))),
             .. Enumerable.Range(11, 4).Reverse().Select(i => (i, TypeB(i)))]);

        var a = RouteClustering.Group(RouteProfiles.From(ThreeTypes()));
        var b = RouteClustering.Group(RouteProfiles.From(shuffled));

        b.Groups.Select(g => (g.Number, g.Medoid, string.Join(",", g.Members)))
            .ShouldBe(a.Groups.Select(g => (g.Number, g.Medoid, string.Join(",", g.Members))));
    }

    [Fact]
    public void AnOutlier_GetsAGroupOfItsOwn_WithSilhouetteZero()
    {
        // Two types of five, and one route that shares nothing with either.
        var outlier = new S[] { new(5, 9, InBeeld.Core.Interviews.HandoverKind.Warm, 2), new(5, 3), new(0, 7), new(2, 8), new(1, 6), new(3, 0) };
        var set = Set(
            [.. Enumerable.Range(1, 5).Select(i => (i, TypeA(i))),
             .. Enumerable.Range(11, 5).Select(i => (i, TypeB(i))),
             (99, outlier)]);

        var grouping = RouteClustering.Group(RouteProfiles.From(set), new GroupingOptions { K = 3 });

        grouping.KChosen.ShouldBeFalse();
        grouping.Candidates.Select(c => c.K).ShouldBe([3]);
        grouping.Groups.Select(g => g.Members.Count).ShouldBe([5, 5, 1]);
        var single = grouping.Groups[2];
        single.Members.ShouldBe([Id(99)]);
        single.Medoid.ShouldBe(Id(99));
        single.MeanSilhouette.ShouldBe(0);
    }

    [Fact]
    public void IdenticalRoutes_TieEverywhere_AndStillGiveOneAnswer()
    {
        // Every distance is 0, so every k has silhouette 0: the smallest k wins, and PAM's ties
        // go to the lowest ids.
        var set = Set([.. Enumerable.Range(1, 6).Select(i => (i, TypeA(0)))]);

        var grouping = RouteClustering.Group(RouteProfiles.From(set));

        grouping.K.ShouldBe(2);
        grouping.Candidates.ShouldAllBe(c => c.MeanSilhouette == 0);
        grouping.Groups.Select(g => g.Medoid).ShouldBe([Id(1), Id(2)]);
        grouping.Groups[0].Members.ShouldBe([Id(1), Id(3), Id(4), Id(5), Id(6)]);
        grouping.Groups[1].Members.ShouldBe([Id(2)]);
    }

    [Fact]
    public void TwoRoutes_AreOneGroup_AndNoRoutesNone()
    {
        var two = RouteClustering.Group(RouteProfiles.From(Set((1, TypeA()), (2, TypeB()))));
        two.Method.ShouldBe(GroupingMethod.Single);
        two.Groups.ShouldHaveSingleItem().Members.ShouldBe([Id(1), Id(2)]);

        RouteClustering.Group(RouteProfiles.From(JourneySet.Empty)).Groups.ShouldBeEmpty();
    }

    [Fact]
    public void AskedK_LargerThanTheRoutes_IsCapped_AndOutOfRangeRefused()
    {
        var grouping = RouteClustering.Group(RouteProfiles.From(ThreeTypes()), new GroupingOptions { K = 40 });
        grouping.K.ShouldBe(12);
        grouping.Groups.ShouldAllBe(g => g.Members.Count == 1);

        Should.Throw<ArgumentOutOfRangeException>(() => RouteClustering.Group(RouteProfiles.From(ThreeTypes()), new GroupingOptions { K = 0 }));
    }

    [Fact]
    public void GeneratedPlantedTypes_AreRecovered_ByPam()
    {
        var planted = PlantedTypeGenerator.Generate(new PlantedTypeOptions { Interviews = 36, Types = 3, Seed = 7 });

        var grouping = RouteClustering.Group(RouteProfiles.From(planted.Set));

        grouping.K.ShouldBe(3);
        Purity(grouping, planted).ShouldBe(1.0);
    }

    [Fact]
    public void GeneratedPlantedTypes_AreRecovered_ByClara_WithoutAFullMatrix()
    {
        // Forcing CLARA on 600 routes of 8 types: samples of 80 + 4k, everyone assigned afterwards.
        var planted = PlantedTypeGenerator.Generate(new PlantedTypeOptions { Interviews = 600, Types = 8, Seed = 3 });

        var grouping = RouteClustering.Group(RouteProfiles.From(planted.Set), new GroupingOptions { ExactLimit = 100 });

        grouping.Method.ShouldBe(GroupingMethod.Clara);
        grouping.K.ShouldBe(8);
        Purity(grouping, planted).ShouldBeGreaterThan(0.97);
        grouping.Groups.Sum(g => g.Members.Count).ShouldBe(600);

        // Same options, same answer.
        var again = RouteClustering.Group(RouteProfiles.From(planted.Set), new GroupingOptions { ExactLimit = 100 });
        again.Groups.Select(g => g.Medoid).ShouldBe(grouping.Groups.Select(g => g.Medoid));
    }

    /// <summary>Share of routes whose group's most common planted type is their own.</summary>
    private static double Purity(Grouping grouping, PlantedJourneys planted) =>
        grouping.Groups.Sum(g => g.Members.GroupBy(m => planted.TypeOf[m]).Max(t => t.Count())) / (double)planted.TypeOf.Count;
}
