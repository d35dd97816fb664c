using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using InBeeld.Core.Analysis.Statistics;

namespace InBeeld.Benchmarks.Analysis;

/// <summary>
/// Fisher's exact test: a 2×2 table with n = 20,000 (linear in n) and Agresti's 4×4 job-satisfaction
/// table (n = 96, 90 million tables with its margins) through the network algorithm.
/// </summary>
[SimpleJob(RunStrategy.Throughput, launchCount: 1, warmupCount: 2, iterationCount: 8)]
[MemoryDiagnoser]
public class FisherBenchmarks
{
    private static readonly int[,] Job = { { 1, 3, 10, 6 }, { 2, 3, 10, 7 }, { 1, 6, 14, 12 }, { 0, 1, 9, 11 } };

    [Benchmark]
    public double TwoByTwoLargeN() => FisherTwoByTwo.Test(5100, 4900, 4900, 5100).TwoSided;

    [Benchmark]
    public double? JobSatisfaction4x4() => IndependenceTest.Test(Job).PValue;
}
