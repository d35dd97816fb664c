using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using InBeeld.Core.Composites.Clustering;
using InBeeld.Core.Composites.Similarity;
using InBeeld.Core.Demo;
using InBeeld.Core.Generation;
using InBeeld.Core.Journeys;

namespace InBeeld.Benchmarks.Composites;

/// <summary>
/// Grouping routes into journey types, k chosen by the silhouette (2 … 10), profiles included.
/// Targets (issue 5): 36 interviews under 100 ms (the demo study: PAM on the full matrix);
/// 10,000 interviews under 30 s without quadratic memory (CLARA). The 10,000 are measured twice:
/// with planted types, and as the structureless generated study (routes of 6–24 random steps),
/// the worst case for the edit distance.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5)]
[MemoryDiagnoser]
public class GroupingBenchmarks
{
    private JourneySet _demo = JourneySet.Empty;
    private JourneySet _planted = JourneySet.Empty;
    private JourneySet _generated = JourneySet.Empty;

    [GlobalSetup]
    public void Setup()
    {
        _demo = DocumentJourneys.From(DemoStudy.Create());
        _planted = PlantedTypeGenerator.Generate(new PlantedTypeOptions { Interviews = 10_000, Types = 10, Seed = 1 }).Set;
        _generated = DocumentJourneys.From(StudyGenerator.Generate(new GenerationOptions { Interviews = 10_000, Seed = 1 }));
    }

    [Benchmark]
    public int Demo36() => RouteClustering.Group(RouteProfiles.From(_demo)).K;

    [Benchmark]
    public int Planted10000() => RouteClustering.Group(RouteProfiles.From(_planted)).K;

    [Benchmark]
    public int Generated10000() => RouteClustering.Group(RouteProfiles.From(_generated)).K;
}
